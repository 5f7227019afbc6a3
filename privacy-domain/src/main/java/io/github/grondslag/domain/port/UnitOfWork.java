package io.github.grondslag.domain.port;

import io.vavr.control.Either;

/**
 * Commits a command's {@link Change} in one step: every write, every audit entry (chained,
 * {@link io.github.grondslag.domain.audit.AuditChain}) and every notice, or none of them. The use
 * cases call it once per command. When it returns, the change is durable: a crash afterwards loses
 * none of it, a crash before leaves nothing of it.
 */
public interface UnitOfWork {

    /**
     * Commits the change, or nothing: a write on a stale version refuses the whole change
     * ({@link ConcurrentChange}), and so does anything the store could not read back ({@link TooLarge}).
     */
    Either<NotCommitted, Change> commit(Change change);
}

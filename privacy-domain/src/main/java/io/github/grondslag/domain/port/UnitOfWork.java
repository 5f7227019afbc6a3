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
     *
     * <p>Each write is accepted only if the store holds the version it expects (0: the aggregate does
     * not exist yet); of concurrent commits on the same version exactly one succeeds. The audit
     * entries are appended to the chain in the change's order, and each notice is queued unless a
     * notice with its id was queued before. A change with no write (an audit entry alone) is never
     * refused as a conflict.
     *
     * @param change the writes, audit entries and notices of one command
     * @return the change itself once all of it is durable, or why nothing of it was written
     */
    Either<NotCommitted, Change> commit(Change change);
}

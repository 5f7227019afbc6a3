package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.AuditEntry;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.function.Function;

/** The one way the use cases change an aggregate: decide, write optimistically, audit the outcome. */
final class Audited {

    private Audited() {
    }

    /**
     * Applies {@code command}; on success saves with {@code save} and audits {@code action} under
     * {@code rule}; on a rejection or a conflict audits that instead. Nothing is written on failure.
     */
    static <T> Either<Refusal, T> change(AuditTrail audit, Instant at, String action, String purposeId, Citation rule,
                                         Either<Rejection, T> command,
                                         Function<T, Either<ConcurrentChange, T>> save) {
        if (command.isLeft()) {
            audit.append(new AuditEntry(at, action, purposeId, "rejected", List.of(command.getLeft().citation())));
            return Either.left(new Refusal.Rejected(command.getLeft()));
        }
        Either<ConcurrentChange, T> saved = save.apply(command.get());
        if (saved.isLeft()) {
            audit.append(new AuditEntry(at, action, purposeId, "conflict", List.of(rule)));
            return Either.left(new Refusal.Conflict(saved.getLeft()));
        }
        audit.append(new AuditEntry(at, action, purposeId, "done", List.of(rule)));
        return Either.right(saved.get());
    }

    /** A rejection for a purpose the register does not have. */
    static Rejection unknownPurpose(String purposeId) {
        return new Rejection(Citation.avg("30(1)(b)"), "the purpose '" + purposeId
                + "' is not in the register of processing");
    }
}

package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The one way the use cases change anything: decide, then commit the change, its audit entry and its
 * notices as one {@link Change} through the {@link UnitOfWork}. A rejection, a conflict or a change too
 * large to store is audited on its own, and nothing else is written. The audit of such a refusal is
 * best effort: the caller gets the refusal whether or not the store kept its entry (a change refused
 * as too large may be refused for its audit entry itself). A result that is given, on the other hand,
 * is given only once its entry is committed ({@link #recorded}).
 */
final class Audited {

    private Audited() {
    }

    /**
     * Applies {@code command}; on success commits {@code changeOf} of the result, whose audit entry is
     * {@code done}; on a rejection, a conflict or a refusal by the store commits {@code done} with that
     * outcome instead, and nothing else.
     */
    static <T> Either<Refusal, T> change(UnitOfWork work, AuditEntry done, Either<Rejection, T> command,
                                         Function<T, Change> changeOf) {
        if (command.isLeft()) {
            work.commit(Change.audit(done.with(Outcome.REJECTED, List.of(command.getLeft().citation()))));
            return Either.left(new Refusal.Rejected(command.getLeft()));
        }
        Either<NotCommitted, Change> committed = work.commit(changeOf.apply(command.get()));
        if (committed.isRight()) {
            return Either.right(command.get());
        }
        NotCommitted why = committed.getLeft();
        if (why instanceof ConcurrentChange conflict) {
            work.commit(Change.audit(done.with(Outcome.CONFLICT, done.rules())));
            return Either.left(new Refusal.Conflict(conflict));
        }
        work.commit(Change.audit(done.with(Outcome.TOO_LARGE, done.rules())));
        return Either.left(new Refusal.Unstorable((TooLarge) why));
    }

    /**
     * Commits a change that holds audit entries only, the record of a result the caller is about to be
     * given; when the store refuses it, the result must not be given ({@link AuditNotRecorded}).
     */
    static void recorded(UnitOfWork work, Change auditOnly) {
        Either<NotCommitted, Change> committed = work.commit(auditOnly);
        if (committed.isLeft()) {
            throw new AuditNotRecorded(committed.getLeft());
        }
    }

    /**
     * Commits audit entries as one change or, when the store refuses that (too large for one write), one
     * by one; {@code then} is called with each entry's index once that entry is committed, in order.
     * An entry refused on its own throws {@link AuditNotRecorded}, after {@code then} ran for those before it.
     */
    static void recorded(UnitOfWork work, List<AuditEntry> entries, IntConsumer then) {
        if (work.commit(new Change(List.empty(), entries, List.empty())).isRight()) {
            for (int i = 0; i < entries.size(); i++) {
                then.accept(i);
            }
            return;
        }
        int i = 0;
        for (AuditEntry entry : entries) {
            recorded(work, Change.audit(entry));
            then.accept(i++);
        }
    }

    /** The purpose id as the register declares it; none for an id it does not know (never echoed). */
    static Option<String> declared(Register register, String purposeId) {
        return register.purpose(purposeId).map(Purpose::id);
    }

    /** A rejection for a purpose the register does not have (the id is not repeated: it could be anything). */
    static Rejection unknownPurpose() {
        return new Rejection(Citation.avg("30(1)(b)"), "the purpose is not in the register of processing");
    }
}

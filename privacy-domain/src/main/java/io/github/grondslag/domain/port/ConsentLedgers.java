package io.github.grondslag.domain.port;

import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The consent store. Writes are optimistic: a write states the version it read, and a write
 * based on a stale version is refused, never lost or merged silently.
 */
public interface ConsentLedgers {

    /** The ledger of a subject and purpose; an empty one (version 0) when nothing was recorded. */
    ConsentLedger ledger(SubjectId subject, String purposeId);

    /** Every ledger of a subject. */
    List<ConsentLedger> ledgers(SubjectId subject);

    /** Stores the ledger if the stored one still has {@code expectedVersion}. */
    Either<ConcurrentChange, ConsentLedger> save(ConsentLedger ledger, long expectedVersion);
}

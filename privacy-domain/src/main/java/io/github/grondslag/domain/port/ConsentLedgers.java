package io.github.grondslag.domain.port;

import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;

/**
 * The consent store's read side. Ledgers are written through {@link UnitOfWork#commit} with
 * {@link Write.Consent}: optimistic, a write based on a stale version is refused, never lost or
 * merged silently.
 */
public interface ConsentLedgers {

    /** The ledger of a subject and purpose; an empty one (version 0) when nothing was recorded. */
    ConsentLedger ledger(SubjectId subject, String purposeId);

    /** Every ledger of a subject, by purpose id; found without a scan of other subjects. */
    List<ConsentLedger> ledgers(SubjectId subject);
}

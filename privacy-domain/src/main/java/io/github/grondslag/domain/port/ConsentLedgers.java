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

    /**
     * The ledger of a subject and purpose, as last committed.
     *
     * @param subject   the data subject
     * @param purposeId the id of the purpose, as the register declares it
     * @return the ledger with every event committed, in the order they were appended; its version is
     *         its number of events. When nothing was recorded (or the store could not hold such an id),
     *         an empty ledger of that subject and purpose, version 0
     *         ({@link ConsentLedger#empty(SubjectId, String)}), never {@code null}
     */
    ConsentLedger ledger(SubjectId subject, String purposeId);

    /**
     * Every ledger of a subject, as the processing decisions read them; found without a scan of other
     * subjects.
     *
     * @param subject the data subject
     * @return the subject's ledgers, one per purpose with something recorded, sorted by purpose id;
     *         an empty list when nothing was recorded
     */
    List<ConsentLedger> ledgers(SubjectId subject);
}

package io.github.grondslag.domain.port;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.retention.LegalHold;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The legal holds placed on records and dossiers, active or lifted; written through {@link UnitOfWork#commit}. */
public interface LegalHolds {

    /**
     * The holds that cover the record: those placed on the record itself and those placed on its
     * dossier. Lifted holds are included: the retention rules need the date of the lifting, after
     * which a record whose period ended while it held must go.
     *
     * @param record the record
     * @return every hold that {@linkplain LegalHold#covers covers} the record, active or lifted, each
     *         once, the record's own holds before those on its dossier (the first active one names the
     *         ground of an {@code ON_HOLD} verdict); an empty list when there is none
     */
    List<LegalHold> covering(PersonalRecord record);

    /**
     * A hold by its id, active or lifted.
     *
     * @param id the hold's id
     * @return the hold as last committed (lifted once its lifting was committed), or none when no
     *         hold with the id was placed
     */
    Option<LegalHold> hold(String id);
}

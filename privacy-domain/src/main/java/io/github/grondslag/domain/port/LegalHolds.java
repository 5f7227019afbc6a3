package io.github.grondslag.domain.port;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.retention.LegalHold;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The legal holds placed on records and dossiers, active or lifted; written through {@link UnitOfWork#commit}. */
public interface LegalHolds {

    /** The holds that cover the record (on the record itself or on its dossier). */
    List<LegalHold> covering(PersonalRecord record);

    /** A hold by its id. */
    Option<LegalHold> hold(String id);
}

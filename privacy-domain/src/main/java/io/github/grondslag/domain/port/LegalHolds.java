package io.github.grondslag.domain.port;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.retention.LegalHold;
import io.vavr.collection.List;

/** The legal holds placed on records and dossiers, active or lifted. */
public interface LegalHolds {

    /** The holds that cover the record (on the record itself or on its dossier). */
    List<LegalHold> covering(PersonalRecord record);
}

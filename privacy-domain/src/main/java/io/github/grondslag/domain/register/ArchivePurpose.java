package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;

/** The purposes of AVG art. 89(1) for which data may be stored beyond their period (5(1)(e)). */
public enum ArchivePurpose {
    ARCHIVING_IN_THE_PUBLIC_INTEREST,
    SCIENTIFIC_OR_HISTORICAL_RESEARCH,
    STATISTICS;

    public Citation citation() {
        return Citation.avg("89(1)");
    }
}

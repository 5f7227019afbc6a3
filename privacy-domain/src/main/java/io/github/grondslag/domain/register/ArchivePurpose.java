package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;

/** The purposes of AVG art. 89(1) for which data may be stored beyond their period (5(1)(e)). */
public enum ArchivePurpose {
    /** Archiving purposes in the public interest. */
    ARCHIVING_IN_THE_PUBLIC_INTEREST,
    /** Scientific or historical research purposes. */
    SCIENTIFIC_OR_HISTORICAL_RESEARCH,
    /** Statistical purposes. */
    STATISTICS;

    /** {@return the citation of AVG art. 89(1), which lists all three purposes} */
    public Citation citation() {
        return Citation.avg("89(1)");
    }
}

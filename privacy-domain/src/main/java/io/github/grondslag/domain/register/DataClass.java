package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;

/** How the law classes a category of personal data. */
public enum DataClass {
    /** Ordinary personal data, lawful under art. 6 alone. */
    ORDINARY(Citation.avg("6(1)")),
    /** Special-category data (art. 9(1)): needs an art. 9(2) condition as well. */
    SPECIAL(Citation.avg("9(1)")),
    /** Data on criminal convictions and offences (art. 10): needs an authorisation (UAVG 31–33). */
    CRIMINAL(Citation.avg("10")),
    /** The national identification number, in NL the BSN (art. 87, UAVG 46). */
    NATIONAL_ID(Citation.uavg("46"));

    private final Citation citation;

    DataClass(Citation citation) {
        this.citation = citation;
    }

    /** {@return the provision that sets the rules for this class of data} */
    public Citation citation() {
        return citation;
    }
}

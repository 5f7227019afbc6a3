package io.github.grondslag.domain.check.nl;

import io.github.grondslag.domain.check.Rule;

/** The rules of the Dutch layer of the register check (docs/register-check.md, "The Dutch layer"). */
public enum DutchRule implements Rule {
    /** NL1: consent to tracking on the subject's device (Telecommunicatiewet 11.7a(1)). */
    NL1_TRACKING_CONSENT("tracking pixels, scripts, analytics and marketing cookies need consent"
            + " (Telecommunicatiewet 11.7a)"),
    /** NL2: the UAVG authorisation of criminal data (UAVG 31-33). */
    NL2_CRIMINAL_DATA("criminal data under a named UAVG authorisation; UAVG 32(a) needs explicit consent"),
    /** NL3: the citizen service number (BSN) only where a law prescribes it (UAVG 46(1)). */
    NL3_BSN("the citizen service number only where a law prescribes it (UAVG 46)");

    private final String summary;

    DutchRule(String summary) {
        this.summary = summary;
    }

    @Override
    public String summary() {
        return summary;
    }
}

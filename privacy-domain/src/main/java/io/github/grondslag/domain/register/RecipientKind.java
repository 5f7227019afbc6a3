package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;

/** The role a recipient of personal data plays (AVG 4(9), 4(8), 26, 28). */
public enum RecipientKind {
    /** Processes on the controller's behalf; needs a processor agreement (28(3)). */
    PROCESSOR(Citation.avg("28")),
    /** Decides purposes and means itself. */
    INDEPENDENT_CONTROLLER(Citation.avg("4(7)")),
    /** Another company of the controller's group (recital 48). */
    GROUP_COMPANY(Citation.avg("recital 48")),
    /** A public authority, such as the tax authority, police or a supervisor. */
    PUBLIC_AUTHORITY(Citation.avg("4(9)"));

    private final Citation citation;

    RecipientKind(Citation citation) {
        this.citation = citation;
    }

    /** {@return the provision or recital that governs this role} */
    public Citation citation() {
        return citation;
    }
}

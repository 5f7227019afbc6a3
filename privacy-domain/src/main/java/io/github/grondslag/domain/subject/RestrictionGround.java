package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;

/** The four situations of AVG 18(1) in which the subject may have processing restricted. */
public enum RestrictionGround {
    /** 18(1)(a): the accuracy is contested, for the time the controller needs to verify it. */
    ACCURACY_CONTESTED("18(1)(a)"),
    /** 18(1)(b): the processing is unlawful and the subject asks for restriction instead of erasure. */
    UNLAWFUL_PROCESSING("18(1)(b)"),
    /** 18(1)(c): the controller no longer needs the data, the subject needs them for legal claims. */
    NEEDED_BY_SUBJECT_FOR_LEGAL_CLAIMS("18(1)(c)"),
    /** 18(1)(d): an objection under 21(1) is pending verification. */
    OBJECTION_PENDING("18(1)(d)");

    private final String provision;

    RestrictionGround(String provision) {
        this.provision = provision;
    }

    /** {@return the provision of AVG 18(1) for this ground, such as 18(1)(a)} */
    public Citation citation() {
        return Citation.avg(provision);
    }
}

package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;

/** The points of AVG art. 37(1) under which a controller must designate a data protection officer. */
public enum DpoGround {
    /** 37(1)(a): a public authority or body (courts acting judicially excepted). */
    PUBLIC_AUTHORITY("37(1)(a)"),
    /** 37(1)(b): core activities that monitor data subjects regularly and systematically on a large scale. */
    LARGE_SCALE_MONITORING("37(1)(b)"),
    /** 37(1)(c): core activities that process special-category or criminal data on a large scale. */
    LARGE_SCALE_SPECIAL_OR_CRIMINAL_DATA("37(1)(c)");

    private final String provision;

    DpoGround(String provision) {
        this.provision = provision;
    }

    /** {@return the point of AVG art. 37(1) that names this ground} */
    public Citation citation() {
        return Citation.avg(provision);
    }
}

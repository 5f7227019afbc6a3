package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;

/** Why an objection under AVG 21(1) may be overridden: the controller shows one of these. */
public enum OverrideGround {
    /** Compelling legitimate grounds that override the subject's interests, rights and freedoms. */
    COMPELLING_LEGITIMATE_GROUNDS,
    /** The establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS;

    /** {@return the article that allows the override: AVG 21(1)} */
    public Citation citation() {
        return Citation.avg("21(1)");
    }
}

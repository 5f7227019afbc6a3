package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;

/**
 * Why a purpose asks for consent. The three kinds carry different rules and rights
 * (docs/register-check.md, "Three kinds of consent"): withdrawal (AVG 7(3), 13(2)(c)) and
 * portability (20(1)(a)) hang on the first two, not on the third.
 */
public enum ConsentKind {
    /** The lawful basis of art. 6(1)(a). */
    BASIS(Citation.avg("6(1)(a)")),
    /**
     * Explicit consent as the condition for special-category data (9(2)(a)), for a solely automated
     * decision (22(2)(c)) or for criminal data under national law (in NL: UAVG 32(a)), beside another
     * lawful basis.
     */
    EXPLICIT_CONDITION(Citation.avg("9(2)(a)")),
    /**
     * Consent that another law requires, such as medical secrecy, the cookie rule of the ePrivacy
     * Directive 5(3) (in NL: Telecommunicatiewet 11.7a) or a sector rule: no GDPR basis.
     */
    OTHER_LAW(Citation.avg("6(1)"));

    private final Citation citation;

    ConsentKind(Citation citation) {
        this.citation = citation;
    }

    /**
     * {@return the provision this kind of consent answers to: 6(1)(a), 9(2)(a), or for consent another
     * law requires, art. 6(1), of which it is no basis}
     */
    public Citation citation() {
        return citation;
    }

    /** {@return whether the subject may withdraw this consent under art. 7(3) and must be told so (13(2)(c))} */
    public boolean isGdprConsent() {
        return this != OTHER_LAW;
    }
}

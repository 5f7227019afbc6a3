package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;

/**
 * What allows processing other than storage while a restriction is active (AVG 18(2)). VGZ's
 * statement ('Beperkt gebruik') lists the same: the subject's consent, legal claims, the rights of
 * another person, and an important public interest.
 */
public enum RestrictionException {
    /** With the subject's consent to process despite the restriction. */
    SUBJECT_CONSENT,
    /** For the establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS,
    /** For the protection of the rights of another natural or legal person. */
    PROTECTION_OF_OTHERS,
    /** For reasons of important public interest of the Union or of a Member State. */
    IMPORTANT_PUBLIC_INTEREST;

    /** {@return the article that names the exception: AVG 18(2)} */
    public Citation citation() {
        return Citation.avg("18(2)");
    }
}

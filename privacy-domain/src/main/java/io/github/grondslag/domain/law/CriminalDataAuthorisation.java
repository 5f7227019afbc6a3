package io.github.grondslag.domain.law;

/**
 * What allows processing of personal data on criminal convictions and offences: AVG art. 10
 * permits it only under official authority or where Union or member-state law authorises it; in
 * the Netherlands that law is UAVG art. 31–33, whose points are values of their own here (the Dutch
 * layer of the register check judges them).
 *
 * <p>UAVG 33(4)(c) is the licence of the Autoriteit Persoonsgegevens for processing on behalf
 * of third parties, the ground under which the financial sector's incident-warning system (PIFI)
 * runs (as read in the AP's PIFI 2021 licence decision, z2021-03355).
 */
public enum CriminalDataAuthorisation {
    /** AVG 10: processing under the control of official authority. */
    OFFICIAL_AUTHORITY(Citation.avg("10")),
    /**
     * AVG 10: authorised by Union or member-state law providing safeguards, the provision not named
     * in the vocabulary (a controller outside the Netherlands, or a Dutch one that does not say which
     * UAVG article applies).
     */
    AUTHORISED_BY_LAW(Citation.avg("10")),
    /** UAVG 32(a): the subject's explicit consent. */
    EXPLICIT_CONSENT(Citation.uavg("32(a)")),
    /** UAVG 32(b): vital interests. */
    VITAL_INTERESTS(Citation.uavg("32(b)")),
    /** UAVG 32(c): data manifestly made public by the subject. */
    MADE_PUBLIC_BY_SUBJECT(Citation.uavg("32(c)")),
    /** UAVG 32(d): establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS(Citation.uavg("32(d)")),
    /** UAVG 33(2)(b): the controller's own protection against offences committed against it. */
    OWN_PROTECTION_AGAINST_OFFENCES(Citation.uavg("33(2)(b)")),
    /** UAVG 33(4)(c): on behalf of third parties, under a licence of the Autoriteit Persoonsgegevens. */
    THIRD_PARTY_LICENCE(Citation.uavg("33(4)(c)"));

    private final Citation citation;

    CriminalDataAuthorisation(Citation citation) {
        this.citation = citation;
    }

    /** {@return the provision of AVG art. 10 or UAVG art. 32–33 that grants this authorisation} */
    public Citation citation() {
        return citation;
    }
}

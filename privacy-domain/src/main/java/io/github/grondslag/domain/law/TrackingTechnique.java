package io.github.grondslag.domain.law;

/**
 * Reading from or writing to a subject's device: cookies, pixels, scripts. Telecommunicatiewet
 * art. 11.7a(1) requires consent for them, except what is strictly necessary for the service the
 * subject asked for (11.7a(3)(b)) and analytics on the quality or effectiveness of the service with
 * no or minor consequences for privacy (11.7a(3)(c)).
 */
public enum TrackingTechnique {
    /** Strictly necessary for the service asked for (11.7a(3)(b)). */
    FUNCTIONAL_COOKIES("11.7a(3)(b)"),
    /** Analytics set up with no or minor privacy impact (11.7a(3)(c)). */
    PRIVACY_FRIENDLY_ANALYTICS("11.7a(3)(c)"),
    /** Analytics cookies that do not qualify for the 11.7a(3)(c) exemption; they need consent (11.7a(1)). */
    ANALYTICS_COOKIES(null),
    /** Cookies for marketing or advertising; they need consent (11.7a(1)). */
    MARKETING_COOKIES(null),
    /** Tracking pixels, e.g. in web pages or e-mails; they need consent (11.7a(1)). */
    TRACKING_PIXELS(null),
    /** Tracking scripts run on the subject's device; they need consent (11.7a(1)). */
    TRACKING_SCRIPTS(null);

    private final String exemption;
    private final boolean exemptFromConsent;

    TrackingTechnique(String exemption) {
        this.exemption = exemption == null ? "11.7a(1)" : exemption;
        this.exemptFromConsent = exemption != null;
    }

    /** {@return whether 11.7a(3) exempts this technique from the consent requirement} */
    public boolean exemptFromConsent() {
        return exemptFromConsent;
    }

    /**
     * The provision that decides whether consent is required: the exemption of 11.7a(3) for an
     * exempt technique, otherwise the consent requirement of 11.7a(1).
     *
     * @return the citation of that provision of the Telecommunicatiewet
     */
    public Citation citation() {
        return Citation.telecommunicatiewet(exemption);
    }
}

package io.github.grondslag.domain.law;

/**
 * Reading from or writing to a subject's device: cookies, pixels, scripts. Telecommunicatiewet
 * art. 11.7a(1) requires consent for them, except (11.7a(3)) for what is strictly necessary for
 * the service the subject asked for and for analytics with no or minor consequences for privacy.
 */
public enum TrackingTechnique {
    FUNCTIONAL_COOKIES(true),
    /** Analytics set up with no or minor privacy impact (11.7a(3)(b)). */
    PRIVACY_FRIENDLY_ANALYTICS(true),
    ANALYTICS_COOKIES(false),
    MARKETING_COOKIES(false),
    TRACKING_PIXELS(false),
    TRACKING_SCRIPTS(false);

    private final boolean exemptFromConsent;

    TrackingTechnique(boolean exemptFromConsent) {
        this.exemptFromConsent = exemptFromConsent;
    }

    /** Whether 11.7a(3) exempts this technique from the consent requirement. */
    public boolean exemptFromConsent() {
        return exemptFromConsent;
    }

    /** The provision that decides whether consent is required. */
    public Citation citation() {
        return Citation.telecommunicatiewet(exemptFromConsent ? "11.7a(3)" : "11.7a(1)");
    }
}

package io.github.grondslag.domain.subject;

/** How a subject's statement (consent, withdrawal, request) reached the controller. */
public enum Channel {
    WEB_FORM,
    COOKIE_BANNER,
    EMAIL,
    /** A link in an e-mail, such as Zorggenoot's "link onderaan een e-mail". */
    EMAIL_LINK,
    PHONE,
    POST,
    /** The controller's online environment (VGZ Zakelijk, Mijn Zakelijk). */
    PORTAL,
    IN_PERSON
}

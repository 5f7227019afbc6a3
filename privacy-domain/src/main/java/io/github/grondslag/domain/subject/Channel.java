package io.github.grondslag.domain.subject;

/** How a subject's statement (consent, withdrawal, request) reached the controller. */
public enum Channel {
    /** A form on the controller's website. */
    WEB_FORM,
    /** The cookie banner of the controller's website. */
    COOKIE_BANNER,
    /** An e-mail to the controller. */
    EMAIL,
    /** A link in an e-mail, such as Zorggenoot's "link onderaan een e-mail". */
    EMAIL_LINK,
    /** A telephone call. */
    PHONE,
    /** A letter by post. */
    POST,
    /** The controller's online environment (VGZ Zakelijk, Mijn Zakelijk). */
    PORTAL,
    /** In person, such as at a desk or a visit. */
    IN_PERSON
}

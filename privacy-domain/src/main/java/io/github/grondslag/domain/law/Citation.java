package io.github.grondslag.domain.law;

import java.util.Objects;

/**
 * Where a rule comes from: an instrument and a provision within it, printed as {@code AVG 6(1)(f)},
 * {@code UAVG 33(4)(c)}, {@code Regulation 1182/71 3(4)} or {@code VGZ §VIII}.
 *
 * <p>Every rule, finding and refusal of the library carries one, so that a privacy officer can
 * look up why the library says what it says.
 *
 * @param instrument the law or statement cited, e.g. {@value #AVG}, {@value #UAVG} or a
 *     controller's name for its own privacy statement; not blank
 * @param provision the article, paragraph or section within the instrument, e.g. {@code 6(1)(f)}
 *     or {@code §VIII}; not blank
 */
public record Citation(String instrument, String provision) {

    /** The General Data Protection Regulation (EU) 2016/679, in Dutch the AVG. */
    public static final String AVG = "AVG";
    /** The Dutch implementing act (Uitvoeringswet AVG). */
    public static final String UAVG = "UAVG";
    /** The Dutch Telecommunications Act, which holds the cookie rule. */
    public static final String TELECOMMUNICATIEWET = "Telecommunicatiewet";

    /**
     * A citation of a provision in an instrument.
     *
     * @param instrument the law or statement cited; not blank
     * @param provision the provision within it; not blank
     * @throws NullPointerException if either is {@code null}
     * @throws IllegalArgumentException if either is blank
     */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(provision, "provision");
        if (instrument.isBlank() || provision.isBlank()) {
            throw new IllegalArgumentException("a citation needs an instrument and a provision");
        }
    }

    /**
     * An article of the AVG (GDPR), e.g. {@code avg("6(1)(f)")}.
     *
     * @param provision the article and its paragraph and point, e.g. {@code 6(1)(f)}
     * @return the citation of that provision of the AVG
     */
    public static Citation avg(String provision) {
        return new Citation(AVG, provision);
    }

    /**
     * An article of the UAVG, e.g. {@code uavg("33(4)(c)")}.
     *
     * @param provision the article and its paragraph and point, e.g. {@code 33(4)(c)}
     * @return the citation of that provision of the UAVG
     */
    public static Citation uavg(String provision) {
        return new Citation(UAVG, provision);
    }

    /**
     * An article of the Telecommunicatiewet, e.g. {@code telecommunicatiewet("11.7a(1)")}.
     *
     * @param provision the article and its paragraph and point, e.g. {@code 11.7a(1)}
     * @return the citation of that provision of the Telecommunicatiewet
     */
    public static Citation telecommunicatiewet(String provision) {
        return new Citation(TELECOMMUNICATIEWET, provision);
    }

    /**
     * A section of a controller's own privacy statement, e.g. {@code statement("VGZ", "§VIII")}.
     *
     * @param controller the name under which the statement is cited, used as the instrument
     * @param section the section of the statement, e.g. {@code §VIII}
     * @return the citation of that section of the controller's statement
     */
    public static Citation statement(String controller, String section) {
        return new Citation(controller, section);
    }

    @Override
    public String toString() {
        return instrument + " " + provision;
    }
}

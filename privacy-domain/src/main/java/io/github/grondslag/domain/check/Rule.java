package io.github.grondslag.domain.check;

/**
 * A rule of the register check, of the GDPR's set or of a national layer: a short code printed with
 * each finding ({@code R4}, {@code NL1}) and a one-line summary.
 */
public interface Rule {

    /** {@return the constant's name, such as {@code R4_CRIMINAL_DATA}; rules are enum constants} */
    String name();

    /** {@return the short code printed with a finding: the name up to its first underscore ({@code R4})} */
    default String code() {
        return name().substring(0, name().indexOf('_'));
    }

    /** {@return what the rule requires, in one line for a privacy officer} */
    String summary();
}

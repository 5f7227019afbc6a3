package io.github.grondslag.domain.check;

/**
 * A rule of the register check, of the GDPR's set or of a national layer: a short code printed with
 * each finding ({@code R4}, {@code NL1}) and a one-line summary.
 */
public interface Rule {
    String code();

    String summary();
}

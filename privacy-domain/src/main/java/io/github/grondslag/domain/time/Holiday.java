package io.github.grondslag.domain.time;

import io.github.grondslag.domain.law.Citation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that the Algemene termijnenwet treats as a general holiday, with its Dutch name
 * ({@code "Tweede Paasdag"}) and the paragraph that makes it one ({@code Algemene termijnenwet 3(1)}
 * or {@code 3(2)}).
 *
 * @param date the day
 * @param name its Dutch name
 * @param citation the paragraph of the Algemene termijnenwet that makes it a holiday
 */
public record Holiday(LocalDate date, String name, Citation citation) {

    /**
     * Checks that no component is {@code null} and that the name is not blank.
     *
     * @param date the day
     * @param name its Dutch name
     * @param citation the paragraph of the Algemene termijnenwet that makes it a holiday
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the name is blank
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citation, "citation");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a holiday has a name");
        }
    }
}

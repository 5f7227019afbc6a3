package io.github.grondslag.domain.time;

import io.github.grondslag.domain.law.Citation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that the Algemene termijnenwet treats as a general holiday, with its Dutch name
 * ({@code "Tweede Paasdag"}) and the paragraph that makes it one ({@code Algemene termijnenwet 3(1)}
 * or {@code 3(2)}).
 */
public record Holiday(LocalDate date, String name, Citation citation) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citation, "citation");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a holiday has a name");
        }
    }
}

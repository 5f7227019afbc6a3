package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/** A category of data subjects (AVG 30(1)(c)), such as the contact persons of care providers. */
public record SubjectCategory(String id, String name, Option<String> source) {
    public SubjectCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}

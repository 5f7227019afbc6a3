package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * A category of data subjects (AVG 30(1)(c)), such as the contact persons of care providers.
 *
 * @param id the id by which purposes refer to this category, unique in the register
 * @param name the category's name, as the statement gives it
 * @param source the section of the privacy statement this element comes from, if given
 */
public record SubjectCategory(String id, String name, Option<String> source) {
    /**
     * A subject category as the statement describes it.
     *
     * @param id the id by which purposes refer to this category
     * @param name the category's name
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
    public SubjectCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}

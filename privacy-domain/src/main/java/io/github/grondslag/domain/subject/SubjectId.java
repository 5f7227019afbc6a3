package io.github.grondslag.domain.subject;

import java.util.Objects;

/**
 * A data subject as the domain knows them: an opaque id from the insurer's systems, never a name,
 * e-mail address or phone number. {@code toString} does not print the id, so that logs and
 * messages that print a subject by accident leak nothing.
 */
public record SubjectId(String value) {
    public SubjectId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a subject id is not blank");
        }
    }

    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    @Override
    public String toString() {
        return "SubjectId[***]";
    }
}

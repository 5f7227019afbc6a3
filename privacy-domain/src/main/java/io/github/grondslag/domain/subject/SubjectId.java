package io.github.grondslag.domain.subject;

import java.util.Objects;

/**
 * A data subject as the domain knows them: an opaque id from the insurer's systems, never a name,
 * e-mail address or phone number. {@code toString} does not print the id, so that logs and
 * messages that print a subject by accident leak nothing.
 *
 * @param value the insurer's opaque id of the subject, not blank
 */
public record SubjectId(String value) {
    /**
     * Checks that the id is given.
     *
     * @param value the insurer's opaque id of the subject, not blank
     * @throws NullPointerException when {@code value} is {@code null}
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public SubjectId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a subject id is not blank");
        }
    }

    /**
     * The subject with this id.
     *
     * @param value the insurer's opaque id of the subject, not blank
     * @return the subject id
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    /** {@return a fixed text that does not reveal the id} */
    @Override
    public String toString() {
        return "SubjectId[***]";
    }
}

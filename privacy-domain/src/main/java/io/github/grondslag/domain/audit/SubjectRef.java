package io.github.grondslag.domain.audit;

import java.util.Objects;

/**
 * A pseudonymous reference to a data subject (AVG 4(5)): the keyed hash of the subject id under the
 * controller's key ({@link Pseudonyms}). The controller, who holds the key, finds a subject's audit
 * entries by computing it again; without the key nobody can link an entry to a subject.
 *
 * @param value the keyed hash, as 64 lower-case hex digits
 */
public record SubjectRef(String value) {
    /**
     * Checks the form of the reference.
     *
     * @param value the keyed hash, as 64 lower-case hex digits
     * @throws NullPointerException when {@code value} is {@code null}
     * @throws IllegalArgumentException when {@code value} is not 64 lower-case hex digits
     */
    public SubjectRef {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a subject reference is 64 lower-case hex digits");
        }
    }
}

package io.github.grondslag.domain.law;

import java.util.Objects;

/**
 * Why the domain refused a command or denied a processing: the provision it rests on and a
 * sentence that says what is wrong. It names purposes and rules, never personal data.
 *
 * @param citation the provision the refusal rests on
 * @param reason a sentence that says what is wrong, free of personal data
 */
public record Rejection(Citation citation, String reason) {
    /**
     * A rejection with its provision and reason.
     *
     * @param citation the provision the refusal rests on
     * @param reason a sentence that says what is wrong, free of personal data
     * @throws NullPointerException if either is {@code null}
     */
    public Rejection {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "[" + citation + "] " + reason;
    }
}

package io.github.grondslag.domain.register;

import java.util.Objects;

/**
 * A structural problem in a register that keeps it from being built: an id used twice, a
 * reference to nothing, a negative period. {@code path} names the element the way a JSON path
 * would without its root, e.g. {@code purposes[2].dataCategories[0]}.
 *
 * @param path the element the problem concerns, as a JSON path without its root
 * @param message what is wrong, in one sentence
 */
public record Violation(String path, String message) {
    /**
     * A violation at a path, with its message.
     *
     * @param path the element the problem concerns
     * @param message what is wrong
     * @throws NullPointerException if either is {@code null}
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

package io.github.grondslag.domain.register;

import java.util.Objects;

/**
 * A structural problem in a register that keeps it from being built: an id used twice, a
 * reference to nothing, a negative period. {@code path} names the element the way a JSON path
 * would without its root, e.g. {@code purposes[2].dataCategories[0]}.
 */
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

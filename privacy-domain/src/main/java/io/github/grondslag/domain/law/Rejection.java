package io.github.grondslag.domain.law;

import java.util.Objects;

/**
 * Why the domain refused a command or denied a processing: the provision it rests on and a
 * sentence that says what is wrong. It names purposes and rules, never personal data.
 */
public record Rejection(Citation citation, String reason) {
    public Rejection {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "[" + citation + "] " + reason;
    }
}

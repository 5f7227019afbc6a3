package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * A controller that determines purposes and means together with this one (AVG 26): the essence of
 * their arrangement must be made available to the subject (26(2)); a contact point may be named (26(1)).
 */
public record JointController(
        String name, Option<String> essenceOfArrangement, Option<String> contactPoint, Option<String> source) {
    public JointController {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(essenceOfArrangement, "essenceOfArrangement");
        Objects.requireNonNull(contactPoint, "contactPoint");
        Objects.requireNonNull(source, "source");
    }
}

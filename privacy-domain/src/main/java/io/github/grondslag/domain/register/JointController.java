package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * A controller that determines purposes and means together with this one (AVG 26): the essence of
 * their arrangement must be made available to the subject (26(2)); a contact point may be named (26(1)).
 *
 * @param name the joint controller's name
 * @param essenceOfArrangement the essence of the arrangement made available to the subject (26(2)), if stated
 * @param contactPoint the contact point for data subjects (26(1)), if named
 * @param source the section of the privacy statement this element comes from, if given
 */
public record JointController(
        String name, Option<String> essenceOfArrangement, Option<String> contactPoint, Option<String> source) {
    /**
     * A joint controller as the statement describes it.
     *
     * @param name the joint controller's name
     * @param essenceOfArrangement the essence of the arrangement, if stated
     * @param contactPoint the contact point for data subjects, if named
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
    public JointController {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(essenceOfArrangement, "essenceOfArrangement");
        Objects.requireNonNull(contactPoint, "contactPoint");
        Objects.requireNonNull(source, "source");
    }
}

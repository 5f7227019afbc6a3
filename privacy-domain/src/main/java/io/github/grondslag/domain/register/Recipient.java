package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * A recipient or category of recipients (AVG 13(1)(e), 30(1)(d)); for a processor, whether the
 * statement says a processor agreement (28(3)) is in place.
 *
 * @param id the id by which purposes and transfers refer to this recipient, unique in the register
 * @param name the recipient's or the category's name, as the statement gives it
 * @param kind the role the recipient plays: processor, independent controller, group company or public authority
 * @param processorAgreement whether the statement says a processor agreement (28(3)) is in place
 * @param source the section of the privacy statement this element comes from, if given
 */
public record Recipient(String id, String name, RecipientKind kind, Fact processorAgreement, Option<String> source) {
    /**
     * A recipient as the statement describes it.
     *
     * @param id the id by which purposes and transfers refer to this recipient
     * @param name the recipient's or the category's name
     * @param kind the role the recipient plays
     * @param processorAgreement whether a processor agreement is in place, as stated
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(processorAgreement, "processorAgreement");
        Objects.requireNonNull(source, "source");
    }
}

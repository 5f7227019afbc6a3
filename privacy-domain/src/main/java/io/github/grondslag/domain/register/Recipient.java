package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * A recipient or category of recipients (AVG 13(1)(e), 30(1)(d)); for a processor, whether the
 * statement says a processor agreement (28(3)) is in place.
 */
public record Recipient(String id, String name, RecipientKind kind, Fact processorAgreement, Option<String> source) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(processorAgreement, "processorAgreement");
        Objects.requireNonNull(source, "source");
    }
}

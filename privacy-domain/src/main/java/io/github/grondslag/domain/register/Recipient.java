package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/** A recipient or category of recipients (AVG 13(1)(e), 30(1)(d)). */
public record Recipient(String id, String name, RecipientKind kind, boolean processorAgreement, Option<String> source) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}

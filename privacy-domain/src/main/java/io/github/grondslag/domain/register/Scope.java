package io.github.grondslag.domain.register;

import io.vavr.collection.List;

import java.util.Objects;

/**
 * What a purpose reaches (AVG 5(1)(b),(c), 30(1)(c)–(f)): ids of the data and subject categories it
 * uses, the recipients it gives data to and the retention rules that apply to it.
 */
public record Scope(
        List<String> dataCategories, List<String> subjectCategories, List<String> recipients,
        List<String> retentionRules) {
    public Scope {
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(subjectCategories, "subjectCategories");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(retentionRules, "retentionRules");
    }
}

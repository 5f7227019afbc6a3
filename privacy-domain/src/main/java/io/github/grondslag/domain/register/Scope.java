package io.github.grondslag.domain.register;

import io.vavr.collection.List;

import java.util.Objects;

/**
 * What a purpose reaches (AVG 5(1)(b),(c), 30(1)(c)–(f)): ids of the data and subject categories it
 * uses, the recipients it gives data to and the retention rules that apply to it.
 *
 * @param dataCategories ids of the data categories the purpose uses; at least one
 * @param subjectCategories ids of the categories of subjects whose data it uses; at least one
 * @param recipients ids of the recipients it gives data to
 * @param retentionRules ids of its own retention rules (those of its data categories apply as well)
 */
public record Scope(
        List<String> dataCategories, List<String> subjectCategories, List<String> recipients,
        List<String> retentionRules) {
    /**
     * The scope of a purpose; that every id is declared is checked by {@link Register#of(RegisterDraft)}.
     *
     * @param dataCategories ids of the data categories the purpose uses
     * @param subjectCategories ids of the subject categories
     * @param recipients ids of the recipients
     * @param retentionRules ids of its own retention rules
     * @throws NullPointerException if any component is {@code null}
     */
    public Scope {
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(subjectCategories, "subjectCategories");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(retentionRules, "retentionRules");
    }
}

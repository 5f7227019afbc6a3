package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.SpecialCategory;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A category of personal data (AVG 30(1)(c), 14(1)(d)) with its class; a special category names
 * which one of art. 9(1) it is. Data not obtained from the subject name their sources (14(2)(f));
 * retention may be given per category as well as per purpose (13(2)(a)).
 *
 * @param sources the sources of data not obtained from the subject, as the statement names them
 * @param retentionRules ids of the retention rules for this category of data
 */
public record DataCategory(
        String id, String name, DataClass dataClass, Option<SpecialCategory> specialCategory, DataOrigin origin,
        List<String> sources, List<String> retentionRules, Option<String> source) {

    public DataCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(specialCategory, "specialCategory");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(retentionRules, "retentionRules");
        Objects.requireNonNull(source, "source");
    }

    /** A category obtained from the subject, with no retention of its own. */
    public static DataCategory of(String id, String name, DataClass dataClass, Option<SpecialCategory> special) {
        return new DataCategory(id, name, dataClass, special, DataOrigin.SUBJECT, List.empty(), List.empty(),
                Option.none());
    }

    public boolean isSpecial() {
        return dataClass == DataClass.SPECIAL;
    }

    public boolean isCriminal() {
        return dataClass == DataClass.CRIMINAL;
    }
}

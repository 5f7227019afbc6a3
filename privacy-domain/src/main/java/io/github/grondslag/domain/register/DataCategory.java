package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.SpecialCategory;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A category of personal data (AVG 30(1)(c)) with its class; a special category names which one
 * of art. 9(1) it is.
 */
public record DataCategory(
        String id, String name, DataClass dataClass, Option<SpecialCategory> specialCategory, Option<String> source) {

    public DataCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(specialCategory, "specialCategory");
        Objects.requireNonNull(source, "source");
    }

    public boolean isSpecial() {
        return dataClass == DataClass.SPECIAL;
    }

    public boolean isCriminal() {
        return dataClass == DataClass.CRIMINAL;
    }
}

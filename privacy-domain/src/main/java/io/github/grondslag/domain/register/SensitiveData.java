package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What allows a purpose its special-category data (the conditions of AVG 9(2) it names; a
 * statement may name several) and its criminal data (the authorisation of art. 10).
 */
public record SensitiveData(
        List<SpecialCategoryCondition> specialConditions, Option<CriminalDataAuthorisation> criminalAuthorisation) {
    public SensitiveData {
        Objects.requireNonNull(specialConditions, "specialConditions");
        Objects.requireNonNull(criminalAuthorisation, "criminalAuthorisation");
    }

    /** No condition and no authorisation named. */
    public static SensitiveData none() {
        return new SensitiveData(List.empty(), Option.none());
    }

    public boolean names(SpecialCategoryCondition condition) {
        return specialConditions.contains(condition);
    }
}

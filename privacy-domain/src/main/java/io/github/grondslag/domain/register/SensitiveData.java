package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What allows a purpose its special-category data (the conditions of AVG 9(2) it names; a
 * statement may name several) and its criminal data (the authorisation of art. 10).
 *
 * @param specialConditions the conditions of 9(2) the statement names for the purpose's special-category data
 * @param criminalAuthorisation what authorises its criminal data (10; in NL UAVG 31–33), if named
 */
public record SensitiveData(
        List<SpecialCategoryCondition> specialConditions, Option<CriminalDataAuthorisation> criminalAuthorisation) {
    /**
     * The sensitive-data grounds of a purpose.
     *
     * @param specialConditions the conditions of 9(2) the statement names
     * @param criminalAuthorisation what authorises criminal data, if named
     * @throws NullPointerException if either is {@code null}
     */
    public SensitiveData {
        Objects.requireNonNull(specialConditions, "specialConditions");
        Objects.requireNonNull(criminalAuthorisation, "criminalAuthorisation");
    }

    /** {@return sensitive-data grounds that name no condition and no authorisation} */
    public static SensitiveData none() {
        return new SensitiveData(List.empty(), Option.none());
    }

    /**
     * Whether the statement names the given condition of 9(2) for this purpose.
     *
     * @param condition a condition of art. 9(2)
     * @return whether it is among the named conditions
     */
    public boolean names(SpecialCategoryCondition condition) {
        return specialConditions.contains(condition);
    }
}

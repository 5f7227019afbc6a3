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
 * @param id the id by which purposes refer to this category, unique in the register
 * @param name the category's name, as the statement gives it
 * @param dataClass how the law classes the data: ordinary, special, criminal or the national id
 * @param specialCategory which category of 9(1) it is: present exactly when the class is special
 * @param origin where the data come from: the subject (13), other sources (14) or both
 * @param sources the sources of data not obtained from the subject, as the statement names them
 * @param retentionRules ids of the retention rules for this category of data
 * @param source the section of the privacy statement this element comes from, if given
 */
public record DataCategory(
        String id, String name, DataClass dataClass, Option<SpecialCategory> specialCategory, DataOrigin origin,
        List<String> sources, List<String> retentionRules, Option<String> source) {

    /**
     * A data category as the statement describes it.
     *
     * @param id the id by which purposes refer to this category
     * @param name the category's name
     * @param dataClass how the law classes the data
     * @param specialCategory which category of 9(1) it is, for special data
     * @param origin where the data come from
     * @param sources the sources of data not obtained from the subject
     * @param retentionRules ids of the retention rules for this category
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
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

    /**
     * A category obtained from the subject, with no retention of its own.
     *
     * @param id the id by which purposes refer to this category
     * @param name the category's name
     * @param dataClass how the law classes the data
     * @param special which category of 9(1) it is, for class {@link DataClass#SPECIAL}; none otherwise
     * @return a category of data obtained from the subject, with no sources, retention rules or source
     */
    public static DataCategory of(String id, String name, DataClass dataClass, Option<SpecialCategory> special) {
        return new DataCategory(id, name, dataClass, special, DataOrigin.SUBJECT, List.empty(), List.empty(),
                Option.none());
    }

    /** {@return whether the data are special-category data (art. 9(1)), which need a condition of 9(2)} */
    public boolean isSpecial() {
        return dataClass == DataClass.SPECIAL;
    }

    /** {@return whether the data concern criminal convictions and offences (art. 10)} */
    public boolean isCriminal() {
        return dataClass == DataClass.CRIMINAL;
    }
}

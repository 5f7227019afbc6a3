package io.github.grondslag.domain.law;

/** The special categories of personal data of AVG art. 9(1). */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN,
    POLITICAL_OPINIONS,
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    TRADE_UNION_MEMBERSHIP,
    GENETIC,
    BIOMETRIC_FOR_IDENTIFICATION,
    HEALTH,
    SEX_LIFE_OR_SEXUAL_ORIENTATION;

    /** All of them are listed in art. 9(1). */
    public Citation citation() {
        return Citation.avg("9(1)");
    }
}

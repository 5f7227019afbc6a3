package io.github.grondslag.domain.law;

/** The special categories of personal data of AVG art. 9(1). */
public enum SpecialCategory {
    /** Data revealing racial or ethnic origin. */
    RACIAL_OR_ETHNIC_ORIGIN,
    /** Data revealing political opinions. */
    POLITICAL_OPINIONS,
    /** Data revealing religious or philosophical beliefs. */
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    /** Data revealing trade union membership. */
    TRADE_UNION_MEMBERSHIP,
    /** Genetic data. */
    GENETIC,
    /** Biometric data processed for the purpose of uniquely identifying a natural person. */
    BIOMETRIC_FOR_IDENTIFICATION,
    /** Data concerning health, the category an insurer most often processes. */
    HEALTH,
    /** Data concerning a natural person's sex life or sexual orientation. */
    SEX_LIFE_OR_SEXUAL_ORIENTATION;

    /**
     * All of them are listed in art. 9(1).
     *
     * @return the citation of AVG art. 9(1)
     */
    public Citation citation() {
        return Citation.avg("9(1)");
    }
}

package io.github.grondslag.domain.law;

/** The conditions of AVG art. 9(2)(a)–(j) under which special-category data may be processed. */
public enum SpecialCategoryCondition {
    /** 9(2)(a): explicit consent. */
    EXPLICIT_CONSENT("9(2)(a)"),
    /** 9(2)(b): obligations in employment, social security and social protection law. */
    EMPLOYMENT_AND_SOCIAL_SECURITY("9(2)(b)"),
    /** 9(2)(c): vital interests when the subject cannot give consent. */
    VITAL_INTERESTS("9(2)(c)"),
    /** 9(2)(d): a not-for-profit body, about its members. */
    NOT_FOR_PROFIT_BODY("9(2)(d)"),
    /** 9(2)(e): data manifestly made public by the subject. */
    MADE_PUBLIC_BY_SUBJECT("9(2)(e)"),
    /** 9(2)(f): establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS("9(2)(f)"),
    /** 9(2)(g): substantial public interest on the basis of Union or member-state law. */
    SUBSTANTIAL_PUBLIC_INTEREST("9(2)(g)"),
    /** 9(2)(h): preventive or occupational medicine, health or social care (in NL: UAVG 30). */
    HEALTH_OR_SOCIAL_CARE("9(2)(h)"),
    /** 9(2)(i): public health. */
    PUBLIC_HEALTH("9(2)(i)"),
    /** 9(2)(j): archiving, scientific or historical research, statistics. */
    ARCHIVING_RESEARCH_STATISTICS("9(2)(j)");

    private final String provision;

    SpecialCategoryCondition(String provision) {
        this.provision = provision;
    }

    /** {@return the point of AVG art. 9(2) that names this condition} */
    public Citation citation() {
        return Citation.avg(provision);
    }
}

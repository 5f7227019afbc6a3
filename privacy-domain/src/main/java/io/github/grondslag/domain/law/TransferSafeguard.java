package io.github.grondslag.domain.law;

/**
 * What makes a transfer of personal data outside the EEA lawful (AVG chapter V, art. 44–49): every
 * tool of the chapter as its own value, so that a register says exactly which one it relies on.
 */
public enum TransferSafeguard {
    /** 45: an adequacy decision of the Commission. */
    ADEQUACY_DECISION("45"),
    /** 46(2)(a): a legally binding and enforceable instrument between public authorities or bodies. */
    PUBLIC_AUTHORITY_INSTRUMENT("46(2)(a)"),
    /** 46(2)(b) and 47: binding corporate rules. */
    BINDING_CORPORATE_RULES("47"),
    /** 46(2)(c): standard data-protection clauses adopted by the Commission. */
    STANDARD_CONTRACTUAL_CLAUSES("46(2)(c)"),
    /** 46(2)(d): standard clauses adopted by a supervisory authority and approved by the Commission. */
    SUPERVISORY_AUTHORITY_CLAUSES("46(2)(d)"),
    /** 46(2)(e): an approved code of conduct with binding commitments of the importer. */
    CODE_OF_CONDUCT("46(2)(e)"),
    /** 46(2)(f): an approved certification mechanism with binding commitments of the importer. */
    CERTIFICATION("46(2)(f)"),
    /** 46(3)(a): contractual clauses authorised by the competent supervisory authority. */
    AUTHORISED_CONTRACTUAL_CLAUSES("46(3)(a)"),
    /** 46(3)(b): provisions in administrative arrangements between public authorities. */
    ADMINISTRATIVE_ARRANGEMENT("46(3)(b)"),
    /** 49(1)(a): the subject's explicit consent after being told of the risks. */
    DEROGATION_EXPLICIT_CONSENT("49(1)(a)"),
    /** 49(1)(b): necessary for a contract between the subject and the controller. */
    DEROGATION_CONTRACT_WITH_SUBJECT("49(1)(b)"),
    /** 49(1)(c): necessary for a contract concluded in the subject's interest. */
    DEROGATION_CONTRACT_IN_SUBJECT_INTEREST("49(1)(c)"),
    /** 49(1)(d): necessary for important reasons of public interest. */
    DEROGATION_PUBLIC_INTEREST("49(1)(d)"),
    /** 49(1)(e): necessary for legal claims. */
    DEROGATION_LEGAL_CLAIMS("49(1)(e)"),
    /** 49(1)(f): necessary to protect vital interests when the subject cannot consent. */
    DEROGATION_VITAL_INTERESTS("49(1)(f)"),
    /** 49(1)(g): a transfer from a public register. */
    DEROGATION_PUBLIC_REGISTER("49(1)(g)"),
    /** 49(1), second subparagraph: compelling legitimate interests, not repetitive, a limited number of subjects. */
    COMPELLING_LEGITIMATE_INTERESTS("49(1) second subparagraph"),
    /** 49: a derogation for a specific situation, the point of 49(1) not named (format version 1). */
    DEROGATION("49(1)");

    private final String provision;

    TransferSafeguard(String provision) {
        this.provision = provision;
    }

    /** {@return the article of AVG chapter V that provides this safeguard or derogation} */
    public Citation citation() {
        return Citation.avg(provision);
    }

    /** {@return whether this is a derogation of art. 49, which applies only to specific situations} */
    public boolean isDerogation() {
        return provision.startsWith("49");
    }
}

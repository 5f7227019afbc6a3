package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;

/** Why a request is refused, in whole or in part: a closed list, each with its provision. */
public enum RefusalGround {
    /** 12(5)(b): manifestly unfounded. */
    MANIFESTLY_UNFOUNDED(Citation.avg("12(5)")),
    /** 12(5)(b): excessive, in particular because of its repetitive character. */
    EXCESSIVE(Citation.avg("12(5)")),
    /** 12(6), 11(2): the controller could not establish the subject's identity. */
    IDENTITY_NOT_ESTABLISHED(Citation.avg("12(6)")),
    /** 17(1)(a) not met: the data are still necessary for the purpose (a contract that still runs). */
    STILL_NECESSARY(Citation.avg("17(1)(a)")),
    /** 17(3)(b): a legal obligation requires the data to be kept. */
    LEGAL_RETENTION_OBLIGATION(Citation.avg("17(3)(b)")),
    /** 17(3)(e): the data are needed for legal claims. */
    LEGAL_CLAIMS(Citation.avg("17(3)(e)")),
    /** 21(1): compelling legitimate grounds override the objection. */
    OVERRIDING_LEGITIMATE_GROUNDS(Citation.avg("21(1)")),
    /** 15(4), 20(4): the rights and freedoms of others would be adversely affected. */
    RIGHTS_OF_OTHERS(Citation.avg("15(4)")),
    /** The right does not apply to this processing (e.g. portability outside consent or contract, 20(1)). */
    RIGHT_DOES_NOT_APPLY(Citation.avg("20(1)"));

    private final Citation citation;

    RefusalGround(Citation citation) {
        this.citation = citation;
    }

    /**
     * {@return the ground's own provision; for a request of a known type use
     * {@link #citation(RequestType)}, which picks the provision that fits the type}
     */
    public Citation citation() {
        return citation;
    }

    /**
     * The provision for this ground on a request of the given type: the rights of others are
     * 15(4) for access and 20(4) for portability, and no ground for any other request; a right that
     * does not apply is 20(1) for portability, 21(1) for an objection, 17(1) for erasure, 22(1) for
     * human intervention, and the right's own article otherwise.
     *
     * @param type the type of the request refused
     * @return the provision to cite in the refusal
     * @throws IllegalArgumentException for the rights of others on a request other than access or portability
     */
    public Citation citation(RequestType type) {
        if (this == RIGHTS_OF_OTHERS) {
            return switch (type) {
                case ACCESS -> Citation.avg("15(4)");
                case PORTABILITY -> Citation.avg("20(4)");
                default -> throw new IllegalArgumentException("the rights of others are a ground only against"
                        + " access (15(4)) and portability (20(4))");
            };
        }
        if (this == RIGHT_DOES_NOT_APPLY) {
            return switch (type) {
                case PORTABILITY -> Citation.avg("20(1)");
                case OBJECTION -> Citation.avg("21(1)");
                case ERASURE -> Citation.avg("17(1)");
                case HUMAN_INTERVENTION -> Citation.avg("22(1)");
                default -> type.citation();
            };
        }
        return citation;
    }
}

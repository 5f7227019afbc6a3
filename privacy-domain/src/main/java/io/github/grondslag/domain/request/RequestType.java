package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;

/** The rights a subject can ask the controller to give effect to (AVG 15–22): each is one of the subject's rights. */
public enum RequestType {
    /** Access to the subject's data and the information about their processing, art. 15. */
    ACCESS(DataSubjectRight.ACCESS),
    /** Rectification of inaccurate or incomplete data, art. 16. */
    RECTIFICATION(DataSubjectRight.RECTIFICATION),
    /** Erasure, art. 17. */
    ERASURE(DataSubjectRight.ERASURE),
    /** Restriction of processing, art. 18. */
    RESTRICTION(DataSubjectRight.RESTRICTION),
    /** Data portability, art. 20. */
    PORTABILITY(DataSubjectRight.PORTABILITY),
    /** Objection to processing, art. 21. */
    OBJECTION(DataSubjectRight.OBJECTION),
    /** Human intervention on a solely automated decision, 22(3). */
    HUMAN_INTERVENTION(DataSubjectRight.HUMAN_INTERVENTION);

    private final DataSubjectRight right;

    RequestType(DataSubjectRight right) {
        this.right = right;
    }

    /** {@return the right the request exercises} */
    public DataSubjectRight right() {
        return right;
    }

    /** {@return the right's article} */
    public Citation citation() {
        return right.citation();
    }
}

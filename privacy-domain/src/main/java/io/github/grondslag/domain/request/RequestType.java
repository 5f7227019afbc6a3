package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;

/** The rights a subject can ask the controller to give effect to (AVG 15–22): each is one of the subject's rights. */
public enum RequestType {
    ACCESS(DataSubjectRight.ACCESS),
    RECTIFICATION(DataSubjectRight.RECTIFICATION),
    ERASURE(DataSubjectRight.ERASURE),
    RESTRICTION(DataSubjectRight.RESTRICTION),
    PORTABILITY(DataSubjectRight.PORTABILITY),
    OBJECTION(DataSubjectRight.OBJECTION),
    /** Human intervention on a solely automated decision, 22(3). */
    HUMAN_INTERVENTION(DataSubjectRight.HUMAN_INTERVENTION);

    private final DataSubjectRight right;

    RequestType(DataSubjectRight right) {
        this.right = right;
    }

    /** The right the request exercises. */
    public DataSubjectRight right() {
        return right;
    }

    /** The right's article. */
    public Citation citation() {
        return right.citation();
    }
}

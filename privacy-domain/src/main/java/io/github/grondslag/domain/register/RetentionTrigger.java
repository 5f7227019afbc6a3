package io.github.grondslag.domain.register;

/** The event from which a retention period runs. */
public enum RetentionTrigger {
    /** The relationship (contract) with the subject ended. */
    RELATIONSHIP_ENDED,
    /** The last substantive change of a dossier. */
    LAST_SUBSTANTIVE_CHANGE,
    /** A procedure (objection, complaint, dispute) was closed. */
    PROCEDURE_CLOSED,
    /** The data was recorded (camera footage, say). */
    RECORDED,
    /** The subject's question was completed. */
    QUESTION_COMPLETED
}

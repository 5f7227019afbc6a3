package io.github.grondslag.domain.register;

/**
 * The event from which a retention period runs. The list is closed; an event of the controller's
 * own ({@link #OWN_EVENT}) is described in words by the rule.
 */
public enum RetentionTrigger {
    /** The relationship (contract) with the subject ended. */
    RELATIONSHIP_ENDED,
    /** The last substantive change of a dossier. */
    LAST_SUBSTANTIVE_CHANGE,
    /** A procedure (objection, complaint, dispute) was closed. */
    PROCEDURE_CLOSED,
    /** The data was recorded (camera footage, a log entry, say). */
    RECORDED,
    /** The subject's question was completed. */
    QUESTION_COMPLETED,
    /** The subject withdrew consent. */
    CONSENT_WITHDRAWN,
    /** An event of the controller's own, described by the rule's {@code triggerDescription}. */
    OWN_EVENT
}

package io.github.grondslag.domain.audit;

/**
 * What the library did, as a closed value: every change and every decision has its own. The action
 * names what was asked; the entry's {@link Outcome} says whether it was done (a refused command is
 * audited too, as {@link Outcome#REJECTED}).
 */
public enum AuditAction {
    /** Consent for a purpose was recorded in the subject's consent ledger (AVG 7(1)). */
    CONSENT_GIVEN,
    /** Consent for a purpose was withdrawn, with effect from that instant (AVG 7(3)). */
    CONSENT_WITHDRAWN,
    /** A processing operation was decided: permitted or denied (see {@link Outcome}). */
    PROCESSING_DECIDED,
    /** A rights request (AVG 15 to 22) was received; the period of 12(3) starts. */
    REQUEST_RECEIVED,
    /** The controller asked the subject for information to confirm identity (12(6)) or to clarify the request. */
    REQUEST_INFORMATION_REQUESTED,
    /** The subject supplied the information the controller asked for. */
    REQUEST_INFORMATION_RECEIVED,
    /** The controller started handling the request. */
    REQUEST_STARTED,
    /** The period to answer the request was extended (12(3)). */
    REQUEST_EXTENDED,
    /** The request was granted in full. */
    REQUEST_COMPLETED,
    /** The request was granted in part. */
    REQUEST_PARTLY_GRANTED,
    /** The request was refused. */
    REQUEST_REFUSED,
    /** The subject withdrew the request. */
    REQUEST_WITHDRAWN,
    /** A restriction of processing was placed (18(1)); it covers every purpose. */
    RESTRICTION_PLACED,
    /** A restriction of processing was lifted (18(3)). */
    RESTRICTION_LIFTED,
    /** The subject consented to processing for a purpose despite a restriction (18(2)). */
    RESTRICTION_CONSENTED,
    /** An objection to a purpose was received (21(1); upheld on receipt for direct marketing, 21(3)). */
    OBJECTION_RECEIVED,
    /** A pending objection was upheld: processing for the purpose stops (21(1)). */
    OBJECTION_UPHELD,
    /**
     * A pending objection was overridden on a ground of 21(1)
     * ({@link io.github.grondslag.domain.subject.OverrideGround}).
     */
    OBJECTION_OVERRIDDEN,
    /** The retention sweep gave its verdict on a record (5(1)(e)). */
    RETENTION_SWEPT,
    /** An erasure request met a record: erase it or keep it, with the ground (17). */
    ERASURE_DECIDED,
    /** A legal hold was placed: the records it covers are kept whatever their period (17(3)). */
    LEGAL_HOLD_PLACED,
    /** A legal hold was lifted: the records' own retention periods apply again. */
    LEGAL_HOLD_LIFTED
}

package io.github.grondslag.domain.subject;

/**
 * The state of one consent at an instant, the result of folding its events in order. A pure
 * function of the events: folding a prefix and then the rest gives the same status as folding all.
 */
public enum ConsentStatus {
    /** No consent was ever recorded up to the instant. */
    NEVER_GIVEN,
    /** Consent is in force: the last event up to the instant gave it. */
    GIVEN,
    /** Consent was given and then withdrawn (AVG 7(3)); it is not in force. */
    WITHDRAWN;

    /**
     * The status after one more event: a gift gives consent, a withdrawal withdraws it.
     *
     * @param event the next event
     * @return {@link #GIVEN} after a gift, {@link #WITHDRAWN} after a withdrawal
     */
    public ConsentStatus after(ConsentEvent event) {
        return event instanceof ConsentEvent.Given ? GIVEN : WITHDRAWN;
    }

    /**
     * The status after the events, in order, starting from this one.
     *
     * @param events the events, in time order
     * @return the status after the last of them, or this one when there are none
     */
    public ConsentStatus after(Iterable<? extends ConsentEvent> events) {
        ConsentStatus status = this;
        for (ConsentEvent event : events) {
            status = status.after(event);
        }
        return status;
    }
}

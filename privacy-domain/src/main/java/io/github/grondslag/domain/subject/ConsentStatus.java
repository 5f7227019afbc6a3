package io.github.grondslag.domain.subject;

/**
 * The state of one consent at an instant, the result of folding its events in order. A pure
 * function of the events: folding a prefix and then the rest gives the same status as folding all.
 */
public enum ConsentStatus {
    NEVER_GIVEN,
    GIVEN,
    WITHDRAWN;

    /** The status after one more event. */
    public ConsentStatus after(ConsentEvent event) {
        return event instanceof ConsentEvent.Given ? GIVEN : WITHDRAWN;
    }

    /** The status after the events, in order, starting from this one. */
    public ConsentStatus after(Iterable<? extends ConsentEvent> events) {
        ConsentStatus status = this;
        for (ConsentEvent event : events) {
            status = status.after(event);
        }
        return status;
    }
}

package io.github.grondslag.domain.request;

/** Where a rights request stands (docs/deadlines.md). */
public enum RequestStatus {
    /** Received, and not yet acted on; the period of 12(3) runs. */
    RECEIVED,
    /** The controller asked for information to establish identity (12(6)) or to clarify (recital 63). */
    AWAITING_INFORMATION,
    /** The controller is acting on the request. */
    IN_PROGRESS,
    /** The period was extended (12(3)). */
    EXTENDED,
    /** Closed: acted on in full. */
    COMPLETED,
    /** Closed: acted on in part, refused for the rest on a ground (12(4)). */
    PARTLY_GRANTED,
    /** Closed: not acted on, on a ground (12(4)). */
    REFUSED,
    /** Closed: the subject withdrew the request. */
    WITHDRAWN;

    /** {@return whether the request has been answered or withdrawn: no deadline runs any more} */
    public boolean isClosed() {
        return this == COMPLETED || this == PARTLY_GRANTED || this == REFUSED || this == WITHDRAWN;
    }
}

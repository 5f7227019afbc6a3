package io.github.grondslag.domain.request;

/** Where a rights request stands (docs/deadlines.md). */
public enum RequestStatus {
    RECEIVED,
    /** The controller asked for information to establish identity (12(6)) or to clarify (recital 63). */
    AWAITING_INFORMATION,
    IN_PROGRESS,
    /** The period was extended (12(3)). */
    EXTENDED,
    COMPLETED,
    PARTLY_GRANTED,
    REFUSED,
    WITHDRAWN;

    /** Whether the request has been answered or withdrawn: no deadline runs any more. */
    public boolean isClosed() {
        return this == COMPLETED || this == PARTLY_GRANTED || this == REFUSED || this == WITHDRAWN;
    }
}

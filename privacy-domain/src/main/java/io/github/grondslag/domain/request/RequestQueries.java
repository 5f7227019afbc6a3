package io.github.grondslag.domain.request;

import io.vavr.collection.Seq;

import java.time.Instant;
import java.time.LocalDate;

/** Which requests are overdue, or will be soon (docs/deadlines.md). */
public final class RequestQueries {

    private RequestQueries() {
    }

    /** Open requests whose due date has passed at the instant (the due date itself is still in time). */
    public static Seq<RightsRequest> overdue(Seq<RightsRequest> requests, Deadlines deadlines, Instant at) {
        LocalDate today = deadlines.localDate(at);
        return requests.filter(r -> !r.status().isClosed()
                && deadlines.due(r).dueDate().exists(due -> due.isBefore(today)));
    }

    /**
     * Open requests that are overdue at the instant or fall due within the next {@code workingDays}
     * working days (0: due today or overdue).
     */
    public static Seq<RightsRequest> dueWithin(Seq<RightsRequest> requests, Deadlines deadlines, Instant at,
                                               int workingDays) {
        LocalDate today = deadlines.localDate(at);
        LocalDate horizon = workingDays == 0 ? today : deadlines.calendar().plusWorkingDays(today, workingDays);
        return requests.filter(r -> !r.status().isClosed()
                && deadlines.due(r).dueDate().exists(due -> !due.isAfter(horizon)));
    }
}

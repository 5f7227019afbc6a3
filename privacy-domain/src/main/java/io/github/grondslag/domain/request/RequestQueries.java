package io.github.grondslag.domain.request;

import io.vavr.collection.Seq;

import java.time.Instant;
import java.time.LocalDate;

/** Which requests are overdue, or will be soon (docs/deadlines.md). */
public final class RequestQueries {

    private RequestQueries() {
    }

    /**
     * Open requests whose due date has passed at the instant (the due date itself is still in time).
     * A request waiting for information has no due date and is never overdue.
     *
     * @param requests the requests to look at
     * @param deadlines the deadlines that date them
     * @param at the instant to judge at, dated in the deadlines' zone
     * @return the overdue open requests, in the order of {@code requests}
     */
    public static Seq<RightsRequest> overdue(Seq<RightsRequest> requests, Deadlines deadlines, Instant at) {
        LocalDate today = deadlines.localDate(at);
        return requests.filter(r -> !r.status().isClosed()
                && deadlines.due(r).dueDate().exists(due -> due.isBefore(today)));
    }

    /**
     * Open requests that are overdue at the instant or fall due within the next {@code workingDays}
     * working days (0: due today or overdue).
     *
     * @param requests the requests to look at
     * @param deadlines the deadlines that date them, and whose calendar counts the working days
     * @param at the instant to judge at, dated in the deadlines' zone
     * @param workingDays how many working days ahead to look
     * @return the open requests due by the horizon, overdue ones included, in the order of {@code requests}
     */
    public static Seq<RightsRequest> dueWithin(Seq<RightsRequest> requests, Deadlines deadlines, Instant at,
                                               int workingDays) {
        LocalDate today = deadlines.localDate(at);
        LocalDate horizon = workingDays == 0 ? today : deadlines.calendar().plusWorkingDays(today, workingDays);
        return requests.filter(r -> !r.status().isClosed()
                && deadlines.due(r).dueDate().exists(due -> !due.isAfter(horizon)));
    }
}

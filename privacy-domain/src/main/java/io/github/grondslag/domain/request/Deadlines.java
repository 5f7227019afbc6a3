package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.WorkingDays;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The deadlines of a rights request (AVG 12(3)), counted by Regulation (EEC, Euratom) 1182/71
 * art. 3 in the controller's time zone:
 * <ol>
 *   <li>the request's instant gives its date in the zone (an e-mail at 23:30 UTC on 31 January
 *       arrives on 1 February in Amsterdam);</li>
 *   <li>the day of receipt is not counted (3(1)); a period of months ends on the same date of the
 *       last month, or on that month's last day when the date does not exist (3(2)(c));</li>
 *   <li>an extension of k further months makes one period of 1 + k months from receipt;</li>
 *   <li>days spent waiting for information the controller asked for (identity, 12(6); clarification,
 *       recital 63) are added ({@link Suspension#SUSPEND}), or the period starts again on the day the
 *       information arrives ({@link Suspension#RESTART});</li>
 *   <li>a period ending on a Saturday, Sunday or public holiday ends on the next working day (3(4)).</li>
 * </ol>
 *
 * @param calendar the working days of the controller's member state (for the Netherlands,
 *        {@link io.github.grondslag.domain.time.DutchCalendar})
 * @param zone the controller's time zone, which dates every instant ({@link #AMSTERDAM} by default)
 * @param suspension what waiting for requested information does to the period
 */
public record Deadlines(WorkingDays calendar, ZoneId zone, Suspension suspension) {

    /** What waiting for requested information does to the period. */
    public enum Suspension {
        /** The period stands still while the controller waits; the due date moves by the days waited. */
        SUSPEND,
        /** The period starts again, in full, on the day the information arrives. */
        RESTART
    }

    /** The controller's zone when none is configured. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * Checks that no component is {@code null}.
     *
     * @param calendar the working days of the controller's member state
     * @param zone the controller's time zone
     * @param suspension what waiting for requested information does to the period
     * @throws NullPointerException when a component is {@code null}
     */
    public Deadlines {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(suspension, "suspension");
    }

    /**
     * One step of the computation, with the rule applied: what {@code privacy deadline} prints.
     *
     * @param rule the provision the step applies
     * @param explanation the step in words
     * @param date the date the step arrives at
     */
    public record Step(Citation rule, String explanation, LocalDate date) {
    }

    /**
     * The due dates of a request as it stands: the end of the first period (by which an extension
     * must be notified), the due date with any extension, and how each was reached. Both are empty
     * while the controller waits for information under {@link Suspension#SUSPEND}.
     *
     * @param firstPeriodEnd the end of the first month, rolled to a working day: the latest date to
     *        notify an extension
     * @param dueDate the date by which the request must be answered, with any extension
     * @param steps how the dates were reached, each step with its rule
     * @param waitingSince the date since which the controller waits for information, or none
     */
    public record Due(Option<LocalDate> firstPeriodEnd, Option<LocalDate> dueDate, List<Step> steps,
                      Option<LocalDate> waitingSince) {
    }

    /**
     * The date of an instant in the controller's zone.
     *
     * @param instant the instant, such as a request's receipt
     * @return its date in {@link #zone()}
     */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * The deadlines of a request, from its events: its receipt, the waits for information and the
     * extension (see the class comment for the counting).
     *
     * @param request the rights request
     * @return its due dates and the steps that reached them
     */
    public Due due(RightsRequest request) {
        LocalDate receipt = localDate(request.receivedAt());
        List<Step> steps = List.of(new Step(Citation.avg("12(3)"), "received " + request.receivedAt() + ", which is "
                + receipt + " in " + zone + "; the day of receipt is not counted (Regulation 1182/71 3(1))", receipt));
        LocalDate start = receipt;
        long suspended = 0;
        Option<LocalDate> waiting = Option.none();
        for (RequestEvent e : request.events()) {
            if (e instanceof RequestEvent.InformationRequested asked) {
                waiting = Option.some(localDate(asked.at()));
            } else if (e instanceof RequestEvent.InformationReceived got && waiting.isDefined()) {
                LocalDate arrived = localDate(got.at());
                if (suspension == Suspension.SUSPEND) {
                    long days = ChronoUnit.DAYS.between(waiting.get(), arrived);
                    suspended += days;
                    steps = steps.append(new Step(Citation.avg("12(6)"), "waited for information from "
                            + waiting.get() + " to " + arrived + ": the period stands still " + days + " day(s)", arrived));
                } else {
                    start = arrived;
                    suspended = 0;
                    steps = steps.append(new Step(Citation.avg("12(6)"), "information arrived on " + arrived
                            + ": the period starts again from that day", arrived));
                }
                waiting = Option.none();
            }
        }
        if (waiting.isDefined()) {
            steps = steps.append(new Step(Citation.avg("12(6)"), "waiting for information since " + waiting.get()
                    + ": the period stands still until it arrives", waiting.get()));
            return new Due(Option.none(), Option.none(), steps, waiting);
        }
        int extension = request.extensionMonths();
        Period first = Period.ofMonths(1);
        LocalDate firstEnd = end(start, first, suspended);
        LocalDate firstDue = calendar.onOrAfter(firstEnd);
        steps = steps.appendAll(endSteps(start, first, suspended, firstEnd, firstDue, "one month"));
        if (extension == 0) {
            return new Due(Option.some(firstDue), Option.some(firstDue), steps, Option.none());
        }
        Period whole = Period.ofMonths(1 + extension);
        LocalDate extendedEnd = end(start, whole, suspended);
        LocalDate extendedDue = calendar.onOrAfter(extendedEnd);
        steps = steps.appendAll(endSteps(start, whole, suspended, extendedEnd, extendedDue,
                "extended by " + extension + " further month(s): one period of " + (1 + extension) + " months from receipt"));
        return new Due(Option.some(firstDue), Option.some(extendedDue), steps, Option.none());
    }

    /**
     * The date by which the controller promised contact on a complaint (VGZ: 14 days), rolled to a working day.
     *
     * @param complaintReceived when the complaint was received
     * @param promised the period the controller promised, counted from the date of receipt
     * @return the date of receipt plus the period, or the next working day after it
     */
    public LocalDate acknowledgementDue(Instant complaintReceived, Period promised) {
        return calendar.onOrAfter(localDate(complaintReceived).plus(promised));
    }

    private static LocalDate end(LocalDate start, Period period, long suspendedDays) {
        return start.plus(period).plusDays(suspendedDays);
    }

    private List<Step> endSteps(LocalDate start, Period period, long suspended, LocalDate end, LocalDate due,
                                String what) {
        List<Step> steps = List.of(new Step(Citation.avg("12(3)"), what + " after " + start + " ends on " + end
                + (suspended > 0 ? " (" + suspended + " suspended day(s) added)" : "")
                + " (same date, or the month's last day: Regulation 1182/71 3(2)(c))", end));
        return due.equals(end) ? steps : steps.append(new Step(new Citation("Regulation 1182/71", "3(4)"),
                end + " is " + (end.getDayOfWeek().getValue() >= 6
                        ? "a " + end.getDayOfWeek().name().toLowerCase() : "a public holiday")
                        + "; the period ends on the next working day, " + due, due));
    }
}

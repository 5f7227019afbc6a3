package io.github.grondslag.testkit.request;

import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.testkit.generators.RequestGens;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadlines of art. 12(3) over generated receipt instants (1 January 2020 – 31 December 2060). */
class DeadlineProperties {

    private static final DutchCalendar CALENDAR = DutchCalendar.statutory();
    private static final Deadlines DUTCH = new Deadlines(CALENDAR, Deadlines.AMSTERDAM, Deadlines.Suspension.SUSPEND);
    /**
     * The longest run of consecutive non-working days in the statutory Dutch calendar, 2020–2060:
     * five, from Goede Vrijdag 23 April 2038 to Koningsdag on Tuesday 27 April 2038, the day after
     * Easter Monday. Usually it is four (Goede Vrijdag to Easter Monday). Checked by
     * {@link #theLongestRunOfNonWorkingDaysIsFiveIn2038}.
     */
    private static final int LONGEST_RUN = 5;

    private static RightsRequest request(java.time.Instant at) {
        return RightsRequest.received("r", SubjectId.of("s"), RequestType.ACCESS, at);
    }

    @Test
    void theLongestRunOfNonWorkingDaysIsFiveIn2038() {
        int longest = 0;
        int run = 0;
        LocalDate endOfLongest = null;
        for (LocalDate d = LocalDate.of(2019, 12, 1); d.isBefore(LocalDate.of(2061, 3, 1)); d = d.plusDays(1)) {
            run = CALENDAR.isWorkingDay(d) ? 0 : run + 1;
            if (run > longest) {
                longest = run;
                endOfLongest = d;
            }
        }
        assertEquals(LONGEST_RUN, longest);
        assertEquals(LocalDate.of(2038, 4, 27), endOfLongest);
    }

    @Test
    void theDueDateIsAWorkingDayNeverEarlierThan28DaysAndNeverLaterThanAMonthPlusTheLongestRun() {
        Property.forAll(RequestGens.receivedInstants())
                .classify(at -> DUTCH.due(request(at)).dueDate().get()
                        .equals(DUTCH.localDate(at).plusMonths(1)) ? "ends on the date" : "rolled or clamped")
                .requireLabel("rolled or clamped", 10)
                .checkThat(at -> {
                    LocalDate receipt = DUTCH.localDate(at);
                    LocalDate due = DUTCH.due(request(at)).dueDate().get();
                    assertTrue(CALENDAR.isWorkingDay(due), due + " is not a working day");
                    assertFalse(due.isBefore(receipt.plusDays(28)), due + " is less than 28 days after " + receipt);
                    assertFalse(due.isAfter(receipt.plusMonths(1).plusDays(LONGEST_RUN)), () -> due + " is too late");
                    assertFalse(due.isBefore(receipt.plusMonths(1)), "the period was shortened");
                });
    }

    @Test
    void anExtensionNeverMovesTheDueDateBeyondThreeMonthsAfterReceiptPlusRollOver() {
        Property.forAll(RequestGens.receivedInstants(), Gens.integers(1, 2), Gens.integers(0, 27))
                .checkThat(t -> t.apply((at, months, daysLater) -> {
                    RightsRequest extended = request(at).extend(new RequestEvent.Extended(
                                    at.plusSeconds(86_400L * daysLater), months, RequestEvent.ExtensionReason.COMPLEXITY),
                            DUTCH, 2).get();
                    LocalDate receipt = DUTCH.localDate(at);
                    LocalDate due = DUTCH.due(extended).dueDate().get();
                    assertTrue(CALENDAR.isWorkingDay(due));
                    assertFalse(due.isAfter(receipt.plusMonths(3).plusDays(LONGEST_RUN)));
                    assertEquals(CALENDAR.onOrAfter(receipt.plusMonths(1 + months)), due,
                            "counted from receipt as one period of 1 + k months");
                    assertFalse(due.isBefore(DUTCH.due(request(at)).dueDate().get()));
                    return null;
                }));
    }

    @Test
    void suspensionMovesTheUnrolledEndByExactlyTheDaysWaited() {
        Property.forAll(RequestGens.receivedInstants(), Gens.integers(0, 20), Gens.integers(0, 60))
                .checkThat(t -> t.apply((at, askedAfterDays, waitedDays) -> {
                    java.time.Instant asked = at.plusSeconds(86_400L * askedAfterDays);
                    java.time.Instant answered = asked.plusSeconds(86_400L * waitedDays);
                    RightsRequest r = request(at)
                            .record(new RequestEvent.InformationRequested(asked, RequestEvent.Information.IDENTITY)).get()
                            .record(new RequestEvent.InformationReceived(answered)).get();
                    long waited = java.time.temporal.ChronoUnit.DAYS.between(DUTCH.localDate(asked),
                            DUTCH.localDate(answered));
                    assertEquals(CALENDAR.onOrAfter(DUTCH.localDate(at).plusMonths(1).plusDays(waited)),
                            DUTCH.due(r).dueDate().get());
                    return null;
                }));
    }
}

package io.github.grondslag.domain.request;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import static io.github.grondslag.domain.request.RightsRequestTest.DEADLINES;
import static io.github.grondslag.domain.request.RightsRequestTest.SUBJECT;
import static io.github.grondslag.domain.request.RightsRequestTest.WEEKDAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deadlines on a weekend-only calendar; the Dutch holidays are in the examples table (testkit). */
class DeadlinesTest {

    private static RightsRequest received(String instant) {
        return RightsRequest.received("r", SUBJECT, RequestType.ACCESS, Instant.parse(instant));
    }

    @Test
    void oneMonthEndsOnTheSameDateOfTheNextMonth() {
        assertEquals(LocalDate.of(2026, 4, 2), DEADLINES.due(received("2026-03-02T09:00:00Z")).dueDate().get());
    }

    @Test
    void theThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruaryThenRollsToMonday() {
        // 28 February 2026 is a Saturday
        assertEquals(LocalDate.of(2026, 3, 2), DEADLINES.due(received("2026-01-31T10:00:00Z")).dueDate().get());
    }

    @Test
    void anEveningEmailInUtcArrivesTheNextDayInAmsterdam() {
        assertEquals(LocalDate.of(2026, 2, 1), DEADLINES.localDate(Instant.parse("2026-01-31T23:30:00Z")));
    }

    @Test
    void waitingForIdentificationSuspendsThePeriodByTheDaysWaited() {
        RightsRequest r = received("2026-03-02T09:00:00Z")
                .record(new RequestEvent.InformationRequested(Instant.parse("2026-03-03T09:00:00Z"),
                        RequestEvent.Information.IDENTITY)).get();
        assertTrue(DEADLINES.due(r).dueDate().isEmpty(), "no due date while waiting");
        r = r.record(new RequestEvent.InformationReceived(Instant.parse("2026-03-10T09:00:00Z"))).get();
        // 2 April + 7 days = 9 April 2026, a Thursday
        assertEquals(LocalDate.of(2026, 4, 9), DEADLINES.due(r).dueDate().get());
        Deadlines restart = new Deadlines(WEEKDAYS, DEADLINES.zone(), Deadlines.Suspension.RESTART);
        // restarts from 10 March: 10 April 2026, a Friday
        assertEquals(LocalDate.of(2026, 4, 10), restart.due(r).dueDate().get());
    }

    @Test
    void anExtensionCountsFromReceiptAsOnePeriodOfOnePlusKMonths() {
        RightsRequest r = received("2026-01-31T10:00:00Z").record(new RequestEvent.Started(
                Instant.parse("2026-02-02T10:00:00Z"))).get();
        RightsRequest extended = r.extend(new RequestEvent.Extended(Instant.parse("2026-02-20T10:00:00Z"), 2,
                RequestEvent.ExtensionReason.COMPLEXITY), DEADLINES, 2).get();
        Deadlines.Due due = DEADLINES.due(extended);
        // 31 January + 3 months = 30 April 2026 (a Thursday), not 28 February + 2 months = 28 April
        assertEquals(LocalDate.of(2026, 4, 30), due.dueDate().get());
        assertEquals(LocalDate.of(2026, 3, 2), due.firstPeriodEnd().get());
    }

    @Test
    void theComplaintAcknowledgementIsFourteenDaysRolledToAWorkingDay() {
        // VGZ: "Wij nemen binnen 14 dagen contact met u op"; 7 March 2026 + 14 = Saturday 21 March → Monday 23
        assertEquals(LocalDate.of(2026, 3, 23),
                DEADLINES.acknowledgementDue(Instant.parse("2026-03-07T12:00:00Z"), Period.ofDays(14)));
    }

    @Test
    void everyStepNamesItsRule() {
        DEADLINES.due(received("2026-01-31T10:00:00Z")).steps()
                .forEach(s -> assertTrue(s.rule().toString().startsWith("AVG") || s.rule().toString()
                        .startsWith("Regulation 1182/71"), s::toString));
    }

    @Test
    void theStepsExplainTheEndTheRollToAWorkingDayAndTheExtensionInWords() {
        Deadlines.Due due = DEADLINES.due(received("2026-01-31T10:00:00Z"));
        assertEquals(List.of(
                "received 2026-01-31T10:00:00Z, which is 2026-01-31 in Europe/Amsterdam; the day of receipt is not"
                        + " counted (Regulation 1182/71 3(1))",
                "one month after 2026-01-31 ends on 2026-02-28 (same date, or the month's last day: Regulation"
                        + " 1182/71 3(2)(c))",
                "2026-02-28 is a saturday; the period ends on the next working day, 2026-03-02"),
                due.steps().map(Deadlines.Step::explanation));

        RightsRequest extended = received("2026-01-31T10:00:00Z").extend(new RequestEvent.Extended(
                Instant.parse("2026-02-20T10:00:00Z"), 2, RequestEvent.ExtensionReason.COMPLEXITY), DEADLINES, 2).get();
        assertEquals("extended by 2 further month(s): one period of 3 months from receipt after 2026-01-31 ends on"
                        + " 2026-04-30 (same date, or the month's last day: Regulation 1182/71 3(2)(c))",
                DEADLINES.due(extended).steps().last().explanation());
    }
}

package io.github.grondslag.domain.request;

import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The examples table of docs/deadlines.md, worked by hand: Europe/Amsterdam, the statutory Dutch
 * calendar, suspension by default. Each row: received instant, extension, expected first due date
 * and expected extended due date, and the rule that decides it.
 */
class DeadlineExamplesTest {

    private static final Deadlines DUTCH = new Deadlines(DutchCalendar.statutory(), Deadlines.AMSTERDAM,
            Deadlines.Suspension.SUSPEND);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            31 January in a leap year: 29 February, extended to 30 April     | 2024-01-31T10:00:00Z | 2024-02-29 | 2024-04-30
            31 January in a common year: 28 February, extended to 30 April   | 2025-01-31T10:00:00Z | 2025-02-28 | 2025-04-30
            31 March 22:30 UTC is 1 April in Amsterdam: due 1 May            | 2026-03-31T22:30:00Z | 2026-05-01 | 2026-07-01
            31 January 23:30 UTC is 1 February: 1 March is a Sunday          | 2026-01-31T23:30:00Z | 2026-03-02 | 2026-05-01
            the day before Koningsdag 2025 (26 April, a Saturday)            | 2025-04-25T09:00:00Z | 2025-05-26 | 2025-07-25
            a period ending on Koningsdag 2026 (Monday 27 April)             | 2026-03-27T09:00:00Z | 2026-04-28 | 2026-06-29
            the day before Easter Monday 2026: ends on 5 May, a holiday      | 2026-04-05T09:00:00Z | 2026-05-06 | 2026-07-06
            a period ending on Easter Monday 2026 (6 April)                  | 2026-03-06T09:00:00Z | 2026-04-07 | 2026-06-08
            the day before Christmas 2026: 24 January 2027 is a Sunday       | 2026-12-24T09:00:00Z | 2027-01-25 | 2027-03-24
            a period ending on Christmas 2026: Friday, Saturday, Sunday      | 2026-11-25T09:00:00Z | 2026-12-28 | 2027-02-25
            29 February 2024: ends on Good Friday, then Easter Monday        | 2024-02-29T09:00:00Z | 2024-04-02 | 2024-05-29
            """)
    void theDueDateOfEachExampleIsTheOneWorkedByHand(String example, String received, LocalDate due,
                                                     LocalDate extendedByTwo) {
        Instant at = Instant.parse(received);
        RightsRequest request = RightsRequest.received("r", SubjectId.of("s"), RequestType.ACCESS, at);
        assertEquals(due, DUTCH.due(request).dueDate().get(), example);
        RightsRequest extended = request.extend(new RequestEvent.Extended(at, 2,
                RequestEvent.ExtensionReason.COMPLEXITY), DUTCH, 2).get();
        assertEquals(extendedByTwo, DUTCH.due(extended).dueDate().get(), example + " (extended by two months)");
        assertEquals(due, DUTCH.due(extended).firstPeriodEnd().get(), "the extension notice is due with the first period");
    }
}

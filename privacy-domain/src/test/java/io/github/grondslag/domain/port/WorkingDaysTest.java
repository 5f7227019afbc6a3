package io.github.grondslag.domain.port;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The port's default methods, on calendars made up for the test. */
class WorkingDaysTest {

    private static final WorkingDays MONDAY_TO_FRIDAY = date -> date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();

    @Test
    void onOrAfterAndPlusWorkingDaysWorkOnAnyCalendar() {
        assertEquals(LocalDate.parse("2026-07-06"), MONDAY_TO_FRIDAY.onOrAfter(LocalDate.parse("2026-07-04")));
        assertEquals(LocalDate.parse("2026-07-13"), MONDAY_TO_FRIDAY.plusWorkingDays(LocalDate.parse("2026-07-03"), 6));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsLoudlyInsteadOfLoopingForever() {
        WorkingDays broken = date -> false;
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> broken.onOrAfter(LocalDate.parse("2026-01-01")));
        assertEquals("no working day in 366 days from 2026-01-01: the calendar is broken", error.getMessage());
        assertThrows(IllegalStateException.class, () -> broken.plusWorkingDays(LocalDate.parse("2026-01-01"), 1));
    }
}

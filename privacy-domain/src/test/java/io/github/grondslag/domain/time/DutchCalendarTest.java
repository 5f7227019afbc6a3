package io.github.grondslag.domain.time;

import io.vavr.collection.HashSet;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutchCalendarTest {

    private static final DutchCalendar STATUTORY = DutchCalendar.statutory();
    /** The Friday after Hemelvaartsdag 2026, configured as if a decree under art. 3(3) named it. */
    private static final LocalDate FRIDAY_AFTER_ASCENSION_2026 = date("2026-05-15");
    private static final DutchCalendar WITH_DECREE = DutchCalendar.withDecreeDays(HashSet.of(FRIDAY_AFTER_ASCENSION_2026));

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void saturdaysAndSundaysAreNotWorkingDays() {
        assertFalse(STATUTORY.isWorkingDay(date("2026-07-04")));
        assertFalse(STATUTORY.isWorkingDay(date("2026-07-05")));
        assertTrue(STATUTORY.isWorkingDay(date("2026-07-03")));
        assertTrue(STATUTORY.isWorkingDay(date("2026-07-06")));
    }

    @Test
    void holidaysOfArticle3OnWeekdaysAreNotWorkingDays() {
        assertFalse(STATUTORY.isWorkingDay(date("2026-04-03")), "Goede Vrijdag, 3(2)");
        assertFalse(STATUTORY.isWorkingDay(date("2026-04-06")), "Tweede Paasdag");
        assertFalse(STATUTORY.isWorkingDay(date("2026-04-27")), "Koningsdag");
        assertFalse(STATUTORY.isWorkingDay(date("2026-05-05")), "Bevrijdingsdag");
        assertFalse(STATUTORY.isWorkingDay(date("2026-05-14")), "Hemelvaartsdag");
        assertFalse(STATUTORY.isWorkingDay(date("2026-05-25")), "Tweede Pinksterdag");
        assertFalse(STATUTORY.isWorkingDay(date("2026-12-25")), "Eerste Kerstdag");
    }

    @Test
    void aDayIsAWorkingDayExactlyWhenItIsAWeekdayAndNoHoliday() {
        for (LocalDate day = date("2024-01-01"); day.isBefore(date("2028-01-01")); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend && !DutchHolidays.isHoliday(day), STATUTORY.isWorkingDay(day), day.toString());
        }
    }

    @Test
    void onOrAfterKeepsAWorkingDay() {
        assertEquals(date("2026-04-28"), STATUTORY.onOrAfter(date("2026-04-28")));
    }

    @Test
    void onOrAfterRollsSaturdayBeforeKoningsdag2026ToTuesday() {
        // Saturday 25, Sunday 26, Monday 27 April 2026 (Koningsdag) are not working days
        assertEquals(date("2026-04-28"), STATUTORY.onOrAfter(date("2026-04-25")));
    }

    @Test
    void onOrAfterRollsChristmas2026OverTheWeekendToMonday() {
        // Friday 25 and Saturday 26 December 2026 are the Christmas days, then Sunday 27
        assertEquals(date("2026-12-28"), STATUTORY.onOrAfter(date("2026-12-25")));
    }

    @Test
    void decreeDaysAreNotWorkingDaysButOnlyWhenConfigured() {
        assertTrue(STATUTORY.isWorkingDay(FRIDAY_AFTER_ASCENSION_2026));
        assertFalse(WITH_DECREE.isWorkingDay(FRIDAY_AFTER_ASCENSION_2026));
        assertEquals(FRIDAY_AFTER_ASCENSION_2026, STATUTORY.onOrAfter(date("2026-05-14")));
        assertEquals(date("2026-05-18"), WITH_DECREE.onOrAfter(date("2026-05-14")));
        assertEquals(HashSet.of(FRIDAY_AFTER_ASCENSION_2026), WITH_DECREE.decreeDays());
        assertTrue(STATUTORY.decreeDays().isEmpty());
    }

    @Test
    void decreeDaysInAnySetImplementationCount() {
        DutchCalendar sorted = DutchCalendar.withDecreeDays(TreeSet.of(FRIDAY_AFTER_ASCENSION_2026));
        assertFalse(sorted.isWorkingDay(FRIDAY_AFTER_ASCENSION_2026));
        assertEquals(WITH_DECREE.isWorkingDay(date("2026-05-13")), sorted.isWorkingDay(date("2026-05-13")));
    }

    @Test
    void plusWorkingDaysSkipsWeekendsAndHolidays() {
        assertEquals(date("2026-07-07"), STATUTORY.plusWorkingDays(date("2026-07-03"), 2));
        assertEquals(date("2026-04-28"), STATUTORY.plusWorkingDays(date("2026-04-24"), 1));
        // Thursday 24 (1), Christmas Friday and Saturday, Sunday, Monday 28 (2), Tuesday 29 (3)
        assertEquals(date("2026-12-29"), STATUTORY.plusWorkingDays(date("2026-12-23"), 3));
        assertEquals(date("2026-05-19"), WITH_DECREE.plusWorkingDays(date("2026-05-13"), 2));
    }

    @Test
    void plusZeroWorkingDaysIsTheDateItself() {
        assertEquals(date("2026-04-25"), STATUTORY.plusWorkingDays(date("2026-04-25"), 0));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> STATUTORY.plusWorkingDays(date("2026-04-25"), -1));
    }

    @Test
    void aNullDecreeDayIsRejected() {
        assertThrows(NullPointerException.class, () -> DutchCalendar.withDecreeDays(HashSet.of((LocalDate) null)));
        assertThrows(NullPointerException.class, () -> DutchCalendar.withDecreeDays(null));
    }

    @Test
    void datesOutsideTheHolidayRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> STATUTORY.isWorkingDay(date("2200-01-02")));
    }
}

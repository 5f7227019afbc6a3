package io.github.grondslag.domain.time;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutchHolidaysTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate dayNamed(int year, String name) {
        return DutchHolidays.of(year).find(h -> h.name().equals(name)).map(Holiday::date)
                .getOrElseThrow(() -> new AssertionError("no " + name + " in " + year));
    }

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2019, 2019-04-21",
            "2038, 2038-04-25",
            "1818, 1818-03-22",
            "2285, 2285-03-22",
            "1943, 1943-04-25",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "1583, 1583-04-10"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertEquals(easter, DutchHolidays.easterSunday(year));
    }

    @Test
    void easterIsASundayFrom22MarchTo25AprilInEveryGregorianYear() {
        for (int year = DutchHolidays.FIRST_GREGORIAN_YEAR; year <= 4099; year++) {
            LocalDate easter = DutchHolidays.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), easter::toString);
            assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)), easter::toString);
            assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)), easter::toString);
        }
    }

    @Test
    void easterBeforeTheGregorianCalendarIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DutchHolidays.easterSunday(1582));
    }

    @Test
    void holidaysOf2026AreTheNineDaysOfArticle3WithTheirNamesAndParagraphs() {
        List<String> expected = List.of(
                "2026-01-01 Nieuwjaarsdag Algemene termijnenwet 3(1)",
                "2026-04-03 Goede Vrijdag Algemene termijnenwet 3(2)",
                "2026-04-06 Tweede Paasdag Algemene termijnenwet 3(1)",
                "2026-04-27 Koningsdag Algemene termijnenwet 3(1)",
                "2026-05-05 Bevrijdingsdag Algemene termijnenwet 3(1)",
                "2026-05-14 Hemelvaartsdag Algemene termijnenwet 3(1)",
                "2026-05-25 Tweede Pinksterdag Algemene termijnenwet 3(1)",
                "2026-12-25 Eerste Kerstdag Algemene termijnenwet 3(1)",
                "2026-12-26 Tweede Kerstdag Algemene termijnenwet 3(1)");
        assertEquals(expected, DutchHolidays.of(2026).map(h -> h.date() + " " + h.name() + " " + h.citation()));
    }

    @Test
    void goodFridayAscensionAndWhitMondayOf2026FollowEaster() {
        assertEquals(date("2026-04-03"), dayNamed(2026, "Goede Vrijdag"));
        assertEquals(date("2026-05-14"), dayNamed(2026, "Hemelvaartsdag"));
        assertEquals(date("2026-05-25"), dayNamed(2026, "Tweede Pinksterdag"));
    }

    @Test
    void koningsdagMovesToSaturdayWhen27AprilIsASunday() {
        assertEquals(date("2025-04-26"), dayNamed(2025, "Koningsdag"));
        assertEquals(date("2014-04-26"), dayNamed(2014, "Koningsdag"));
        assertEquals(date("2026-04-27"), dayNamed(2026, "Koningsdag"));
    }

    @Test
    void koninginnedagFrom1980MovesToSaturdayWhen30AprilIsASunday() {
        assertEquals(date("2006-04-29"), dayNamed(2006, "Koninginnedag"));
        assertEquals(date("2013-04-30"), dayNamed(2013, "Koninginnedag"));
        assertEquals(date("1980-04-30"), dayNamed(1980, "Koninginnedag"));
    }

    @Test
    void koninginnedagFrom1949To1979MovesToMondayWhen30AprilIsASunday() {
        assertEquals(date("1967-05-01"), dayNamed(1967, "Koninginnedag"));
        assertEquals(date("1949-04-30"), dayNamed(1949, "Koninginnedag"));
    }

    @Test
    void koninginnedagUntil1948IsQueenWilhelminasBirthday() {
        assertEquals(date("1948-08-31"), dayNamed(1948, "Koninginnedag"));
        assertEquals(date("1900-08-31"), dayNamed(1900, "Koninginnedag"));
    }

    @Test
    void fifthOfMayIsAHolidayEveryYearNotOnlyInLustrumYears() {
        for (int year = DutchHolidays.FIRST_YEAR; year <= DutchHolidays.LAST_YEAR; year++) {
            assertTrue(DutchHolidays.isHoliday(LocalDate.of(year, 5, 5)), () -> "5 May not a holiday");
        }
    }

    @Test
    void ascensionOnTheFifthOfMayIsListedUnderBothNames() {
        List<Holiday> fifthOfMay2016 = DutchHolidays.of(2016).filter(h -> h.date().equals(date("2016-05-05")));
        assertEquals(List.of("Bevrijdingsdag", "Hemelvaartsdag"), fifthOfMay2016.map(Holiday::name).sorted());
    }

    @Test
    void everyYearListsNineDaysInDateOrderAndOnlyGoodFridayComesFromTheSecondParagraph() {
        for (int year = DutchHolidays.FIRST_YEAR; year <= DutchHolidays.LAST_YEAR; year++) {
            List<Holiday> holidays = DutchHolidays.of(year);
            assertEquals(9, holidays.size());
            assertEquals(holidays.sortBy(Holiday::date), holidays);
            final int y = year;
            assertTrue(holidays.forAll(h -> h.date().getYear() == y));
            assertEquals(List.of("Goede Vrijdag"),
                    holidays.filter(h -> h.citation().equals(DutchHolidays.GOOD_FRIDAY_EQUATED)).map(Holiday::name));
        }
    }

    @Test
    void isHolidayAnswersForTheDaysOfTheList() {
        assertTrue(DutchHolidays.isHoliday(date("2026-04-27")));
        assertTrue(DutchHolidays.isHoliday(date("2026-04-03")));
        assertFalse(DutchHolidays.isHoliday(date("2026-04-28")));
        assertFalse(DutchHolidays.isHoliday(date("2026-04-05")), "Easter Sunday is a Sunday, not listed");
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRejected() {
        assertEquals(9, DutchHolidays.of(DutchHolidays.FIRST_YEAR).size());
        assertEquals(9, DutchHolidays.of(DutchHolidays.LAST_YEAR).size());
        assertThrows(IllegalArgumentException.class, () -> DutchHolidays.of(DutchHolidays.FIRST_YEAR - 1));
        assertThrows(IllegalArgumentException.class, () -> DutchHolidays.of(DutchHolidays.LAST_YEAR + 1));
    }
}

package io.github.grondslag.domain.time;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DutchHolidays} against an independent oracle: the Dutch calendar of the jollyday library
 * (de.focus-shift:jollyday-core 2.19.0, {@code HolidayCalendar.NETHERLANDS}), for every year from
 * {@value #FIRST} to {@value #LAST} (docs/deadlines.md).
 *
 * <p>jollyday models the public holidays of the Netherlands, not art. 3 of the Algemene
 * termijnenwet, and the two differ in ways that are known. Each such difference is a named
 * {@link Exclusion} below, with the law's text that justifies it, and it excuses only the dates it
 * names; every other difference, in either direction, fails the test. An exclusion that excuses
 * nothing in the whole range fails too, so that none lingers after jollyday changes.
 *
 * <p>Two comparisons: the one that matters for deadlines, on weekdays (Monday–Friday) only, since
 * art. 1(1) makes every Saturday and Sunday a non-working day whatever the holiday list says; and
 * one on all dates, which also checks the Sunday rule of Koningsdag (26 April is a Saturday, 27
 * April a Sunday: a weekday-only comparison cannot see a mistake there).
 */
class DutchHolidaysOracleTest {

    private static final int FIRST = 1990;
    private static final int LAST = 2100;

    private static final HolidayManager JOLLYDAY =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));

    /** Which side has a date that the other lacks. */
    private enum Side { ONLY_OURS, ONLY_JOLLYDAY }

    /** A known, justified difference between art. 3 Atw and jollyday, limited to the dates it names. */
    private record Exclusion(String name, String justification, Side side, Predicate<LocalDate> covers) {
        @Override
        public String toString() {
            return name + " [" + justification + "]";
        }
    }

    /**
     * Art. 3(2): "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid
     * genoemde dagen gelijkgesteld." jollyday knows Good Friday but types it OBSERVANCE (not a day
     * off in the Netherlands), so it is missing from jollyday's public holidays. Excused only
     * where jollyday does list our Goede Vrijdag as an observance.
     */
    private static final Exclusion GOOD_FRIDAY_IS_AN_OBSERVANCE_IN_JOLLYDAY = new Exclusion(
            "Goede Vrijdag: Atw 3(2) equates it; jollyday types it OBSERVANCE, not PUBLIC_HOLIDAY",
            "Algemene termijnenwet 3(2)", Side.ONLY_OURS,
            date -> date.equals(DutchHolidays.easterSunday(date.getYear()).minusDays(2))
                    && jollyday(date.getYear(), HolidayType.OBSERVANCE).contains(date));

    /**
     * Art. 3(1) names "de Christelijke tweede Paas- en Pinksterdag", not the first: Easter Sunday
     * and Whit Sunday are Sundays, which art. 1(1) already names ("een zaterdag, zondag of
     * algemeen erkende feestdag"). jollyday lists both as public holidays.
     */
    private static final Exclusion FIRST_EASTER_AND_WHIT_DAY_ARE_SUNDAYS = new Exclusion(
            "Eerste Paasdag and Eerste Pinksterdag: Sundays, which Atw 1(1) covers; art. 3(1) names only the second days",
            "Algemene termijnenwet 1(1), 3(1)", Side.ONLY_JOLLYDAY,
            date -> date.equals(DutchHolidays.easterSunday(date.getYear()))
                    || date.equals(DutchHolidays.easterSunday(date.getYear()).plusDays(49)));

    @Test
    void onWeekdaysTheHolidaysMatchJollydayBut_forTheNamedExclusions() {
        assertMatchesJollyday(DutchHolidaysOracleTest::isWeekday, List.of(GOOD_FRIDAY_IS_AN_OBSERVANCE_IN_JOLLYDAY));
    }

    @Test
    void onAllDatesTheHolidaysMatchJollydayBut_forTheNamedExclusions() {
        assertMatchesJollyday(date -> true,
                List.of(GOOD_FRIDAY_IS_AN_OBSERVANCE_IN_JOLLYDAY, FIRST_EASTER_AND_WHIT_DAY_ARE_SUNDAYS));
    }

    @Test
    void theStatutoryCalendarHasAWorkingDayOnEveryWeekdayThatJollydayLeavesFreeButGoodFriday() {
        DutchCalendar calendar = DutchCalendar.statutory();
        for (int year = FIRST; year <= LAST; year++) {
            Set<LocalDate> free = jollyday(year, HolidayType.PUBLIC_HOLIDAY).addAll(
                    List.of(DutchHolidays.easterSunday(year).minusDays(2)).filter(GOOD_FRIDAY_IS_AN_OBSERVANCE_IN_JOLLYDAY.covers()));
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (isWeekday(day)) {
                    assertEquals(!free.contains(day), calendar.isWorkingDay(day), day.toString());
                }
            }
        }
    }

    /** A date that one side has and the other lacks. */
    private record Difference(LocalDate date, Side side) {
        @Override
        public String toString() {
            return date + (side == Side.ONLY_OURS ? " only in DutchHolidays" : " only in jollyday");
        }
    }

    private static void assertMatchesJollyday(Predicate<LocalDate> compared, List<Exclusion> exclusions) {
        List<Difference> differences = List.rangeClosed(FIRST, LAST).flatMap(year -> differences(year, compared));
        List<Difference> unexplained = differences.filter(difference -> excuse(exclusions, difference).isEmpty());
        Set<Exclusion> used = differences.flatMap(difference -> excuse(exclusions, difference)).toSet();
        assertTrue(unexplained.isEmpty(), "unexplained differences from jollyday: " + unexplained.mkString(", "));
        assertEquals(exclusions.toSet(), used, "an exclusion that excuses nothing must go");
    }

    private static List<Difference> differences(int year, Predicate<LocalDate> compared) {
        Set<LocalDate> ours = TreeSet.ofAll(DutchHolidays.of(year).map(Holiday::date)).filter(compared);
        Set<LocalDate> theirs = jollyday(year, HolidayType.PUBLIC_HOLIDAY).filter(compared);
        return ours.diff(theirs).toList().map(date -> new Difference(date, Side.ONLY_OURS))
                .appendAll(theirs.diff(ours).toList().map(date -> new Difference(date, Side.ONLY_JOLLYDAY)));
    }

    private static Option<Exclusion> excuse(List<Exclusion> exclusions, Difference difference) {
        return exclusions.find(e -> e.side() == difference.side() && e.covers().test(difference.date()));
    }

    /**
     * jollyday's days of a type in a year, by {@code getDate()}: the observed date where jollyday
     * moves a day (Koningsdag on Saturday 26 April), which is what art. 3(1) names ("de dag waarop
     * de verjaardag van de Koning wordt gevierd"), not {@code getActualDate()}, the birthday itself.
     */
    private static Set<LocalDate> jollyday(int year, HolidayType type) {
        return TreeSet.ofAll(JOLLYDAY.getHolidays(Year.of(year), type).stream()
                .map(de.focus_shift.jollyday.core.Holiday::getDate));
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

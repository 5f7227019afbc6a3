package io.github.grondslag.domain.time;

import io.github.grondslag.domain.law.Citation;
import io.vavr.collection.List;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The general holidays of the Algemene termijnenwet (Wet van 25 juli 1964, Stb. 1964, 314; in
 * force 1 April 1965), computed from the year. Article 3 reads:
 *
 * <ol>
 *   <li>"Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de Christelijke
 *       tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de
 *       verjaardag van de Koning wordt gevierd en de vijfde mei."</li>
 *   <li>"Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde
 *       dagen gelijkgesteld."</li>
 *   <li>Days may be equated with them by royal decree ("Wij kunnen ..."), published in the Staatscourant. Only the decree
 *       names those days, so they are configuration: {@link DutchCalendar#withDecreeDays}.</li>
 * </ol>
 *
 * <p>The days, for a year in {@value #FIRST_YEAR}–{@value #LAST_YEAR}:
 * <ul>
 *   <li>3(1): Nieuwjaarsdag (1 January); Tweede Paasdag (Easter + 1); Hemelvaartsdag (Easter + 39);
 *       Tweede Pinksterdag (Easter + 50); Eerste and Tweede Kerstdag (25 and 26 December);
 *       Bevrijdingsdag (5 May, every year: the law says "de vijfde mei" without condition; that
 *       many employers give the day off only every fifth year is a matter of labour agreements,
 *       not of this law); and the day on which the monarch's birthday is celebrated, see below;</li>
 *   <li>3(2): Goede Vrijdag (Easter − 2).</li>
 * </ul>
 * Easter Sunday and Whit Sunday are Sundays and need no listing (art. 1(1) names Sundays).
 * Two holidays may share a date: Hemelvaartsdag falls on 5 May when Easter is on 27 March
 * (2016); {@link #of} then lists both.
 *
 * <p>The day on which the monarch's birthday is celebrated is a fact of practice, fixed by royal
 * decree, which the law refers to. Implemented (sources: nl.wikipedia.org "Koningsdag" and
 * "Algemene termijnenwet"; overzicht-feestdagen.nl "Koningsdag"; gemeente Groningen, "Koningsdag
 * 2025", which notes the 1980 royal decree that keeps the day off Sundays):
 * <ul>
 *   <li>from 2014, Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday;</li>
 *   <li>1980–2013, Koninginnedag: 30 April, or Saturday 29 April when the 30th is a Sunday;</li>
 *   <li>1949–1979, Koninginnedag: 30 April, or Monday 1 May when the 30th is a Sunday;</li>
 *   <li>1900–1948, Koninginnedag: 31 August (Queen Wilhelmina's birthday), not moved: the
 *       sources found do not say how a Sunday was handled.</li>
 * </ul>
 * Years from 2014 repeat the present rule; a future monarch's birthday cannot be foreseen.
 *
 * <p>Before 1 April 1965 the law did not exist, and "de vijfde mei" entered art. 3(1) by an
 * amendment tabled on 18 June 1981. For earlier years, {@link #of} applies today's text (with the
 * birthday of the monarch of that year): a projection, useful for tests and history, not a claim
 * about the law then in force.
 *
 * <p>Easter Sunday is computed by the Gregorian computus in the arithmetic form known as the
 * "anonymous Gregorian algorithm" (published 1876 in Nature; Meeus, <i>Astronomical
 * Algorithms</i>, ch. 8; also called Meeus/Jones/Butcher), valid for every Gregorian year.
 */
public final class DutchHolidays {

    /** The first year {@link #of} answers for. */
    public static final int FIRST_YEAR = 1900;
    /** The last year {@link #of} answers for. */
    public static final int LAST_YEAR = 2199;
    /** The first year of the Gregorian calendar, from which {@link #easterSunday} answers. */
    public static final int FIRST_GREGORIAN_YEAR = 1583;

    /** The name of the act, as citations print it. */
    public static final String ALGEMENE_TERMIJNENWET = "Algemene termijnenwet";
    /** Art. 3(1): the general holidays. */
    public static final Citation GENERAL_HOLIDAYS = new Citation(ALGEMENE_TERMIJNENWET, "3(1)");
    /** Art. 3(2): Goede Vrijdag equated with them. */
    public static final Citation GOOD_FRIDAY_EQUATED = new Citation(ALGEMENE_TERMIJNENWET, "3(2)");
    /** Art. 3(3): further days equated by decree. */
    public static final Citation EQUATED_BY_DECREE = new Citation(ALGEMENE_TERMIJNENWET, "3(3)");

    private DutchHolidays() {
    }

    /**
     * The general holidays and equated days of art. 3(1) and 3(2) in the year, in date order.
     *
     * @param year the year
     * @return its holidays, each with its name and paragraph; two may share a date
     * @throws IllegalArgumentException when the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static List<Holiday> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("holidays are computed for " + FIRST_YEAR + "–" + LAST_YEAR
                    + ", not for " + year);
        }
        LocalDate easter = easterSunday(year);
        CelebratedBirthday birthday = CelebratedBirthday.in(year);
        return List.of(
                        generalHoliday(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag"),
                        new Holiday(easter.minusDays(2), "Goede Vrijdag", GOOD_FRIDAY_EQUATED),
                        generalHoliday(easter.plusDays(1), "Tweede Paasdag"),
                        generalHoliday(birthday.celebratedIn(year), birthday.dayName),
                        generalHoliday(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag"),
                        generalHoliday(easter.plusDays(39), "Hemelvaartsdag"),
                        generalHoliday(easter.plusDays(50), "Tweede Pinksterdag"),
                        generalHoliday(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag"),
                        generalHoliday(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag"))
                .sortBy(Holiday::date);
    }

    /**
     * Whether the date is a holiday of art. 3(1) or 3(2). Days equated by decree (art. 3(3)) are not
     * known here; {@link DutchCalendar} adds them.
     *
     * @param date the date
     * @return {@code true} when one of the year's holidays falls on it
     * @throws NullPointerException when the date is {@code null}
     * @throws IllegalArgumentException when its year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear()).exists(holiday -> holiday.date().equals(date));
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm: the first Sunday
     * after the ecclesiastical full moon on or after 21 March, between 22 March and 25 April.
     *
     * @param year the Gregorian year
     * @return the date of Easter Sunday in that year
     * @throws IllegalArgumentException before {@value #FIRST_GREGORIAN_YEAR}
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("the Gregorian computus starts in " + FIRST_GREGORIAN_YEAR
                    + ", not in " + year);
        }
        int golden = year % 19;                                  // place in the 19-year Metonic cycle
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int skippedLeapCenturies = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarLunar = (century - lunarCorrection + 1) / 3;
        int epact = (19 * golden + century - leapCenturies - solarLunar + 15) % 30;  // days to full moon
        int leapYearsInCentury = yearOfCentury / 4;
        int yearInLeapCycle = yearOfCentury % 4;
        int toSunday = (32 + 2 * skippedLeapCenturies + 2 * leapYearsInCentury - epact - yearInLeapCycle) % 7;
        int exception = (golden + 11 * epact + 22 * toSunday) / 451;
        int marchDays = epact + toSunday - 7 * exception + 114;
        return LocalDate.of(year, marchDays / 31, marchDays % 31 + 1);
    }

    private static Holiday generalHoliday(LocalDate date, String name) {
        return new Holiday(date, name, GENERAL_HOLIDAYS);
    }

    /**
     * "De dag waarop de verjaardag van de Koning wordt gevierd": the birthday, and the shift when
     * it falls on a Sunday, by period (see the class comment for the sources).
     */
    private enum CelebratedBirthday {
        WILHELMINA(FIRST_YEAR, "Koninginnedag", MonthDay.of(Month.AUGUST, 31), 0),
        JULIANA(1949, "Koninginnedag", MonthDay.of(Month.APRIL, 30), 1),
        BEATRIX(1980, "Koninginnedag", MonthDay.of(Month.APRIL, 30), -1),
        WILLEM_ALEXANDER(2014, "Koningsdag", MonthDay.of(Month.APRIL, 27), -1);

        private final int fromYear;
        private final String dayName;
        private final MonthDay birthday;
        private final int shiftFromSunday;

        CelebratedBirthday(int fromYear, String dayName, MonthDay birthday, int shiftFromSunday) {
            this.fromYear = fromYear;
            this.dayName = dayName;
            this.birthday = birthday;
            this.shiftFromSunday = shiftFromSunday;
        }

        /** The rule in force in the year: the last one that started in or before it. */
        static CelebratedBirthday in(int year) {
            return List.of(values()).filter(rule -> rule.fromYear <= year).last();
        }

        LocalDate celebratedIn(int year) {
            LocalDate date = birthday.atYear(year);
            return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(shiftFromSunday) : date;
        }
    }
}

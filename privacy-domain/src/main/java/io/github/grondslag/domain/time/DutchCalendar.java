package io.github.grondslag.domain.time;

import io.github.grondslag.domain.port.WorkingDays;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Dutch working-day calendar of the Algemene termijnenwet: a day is a working day unless it
 * is a Saturday or a Sunday (art. 1(1): a period that ends on a Saturday, Sunday or general
 * holiday runs on to the next day that is none of these), a holiday of art. 3(1) or 3(2)
 * ({@link DutchHolidays}), or a day equated with those by decree under art. 3(3).
 *
 * <p>The decree days are configuration, because only the decree names them: a royal decree equates
 * days for a few years at a time, such as the Friday after Hemelvaartsdag (e.g. 27 May 2022).
 * {@link #statutory()} knows none of them; {@link #withDecreeDays} adds those a controller has
 * looked up in the Staatscourant.
 *
 * <p>Immutable and pure: the holidays of a date's year are computed on each call, which is cheap.
 * Dates outside {@value DutchHolidays#FIRST_YEAR}–{@value DutchHolidays#LAST_YEAR} are rejected
 * with an {@link IllegalArgumentException}.
 *
 * @param decreeDays the days equated with general holidays by decree (art. 3(3))
 */
public record DutchCalendar(Set<LocalDate> decreeDays) implements WorkingDays {

    /**
     * Checks that the decree days are given and hold no {@code null}.
     *
     * @param decreeDays the days equated with general holidays by decree (art. 3(3))
     * @throws NullPointerException when {@code decreeDays} is or holds {@code null}
     */
    public DutchCalendar {
        Objects.requireNonNull(decreeDays, "decreeDays");
        if (decreeDays.exists(Objects::isNull)) {
            throw new NullPointerException("decreeDays holds a null date");
        }
    }

    /** {@return the calendar of the law alone: weekends and the holidays of art. 3(1) and 3(2), no decree days} */
    public static DutchCalendar statutory() {
        return new DutchCalendar(HashSet.empty());
    }

    /**
     * The statutory calendar plus the days a decree under art. 3(3) equates with general holidays.
     *
     * @param decreeDays the days the decree names, as looked up in the Staatscourant
     * @return the calendar with those days as non-working days
     * @throws NullPointerException when {@code decreeDays} is or holds {@code null}
     */
    public static DutchCalendar withDecreeDays(Set<LocalDate> decreeDays) {
        return new DutchCalendar(decreeDays);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !decreeDays.contains(date)
                && !DutchHolidays.isHoliday(date);
    }
}

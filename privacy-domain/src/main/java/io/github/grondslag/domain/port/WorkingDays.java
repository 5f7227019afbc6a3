package io.github.grondslag.domain.port;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The working-day calendar: which days count when a period ends (docs/deadlines.md). The domain reads
 * working days only through this port, never from a holiday table of its own, so that a
 * controller can plug in the calendar its deadlines must follow.
 *
 * <p>Under the Algemene termijnenwet, art. 1(1), a statutory period that ends on a Saturday,
 * Sunday or general holiday is extended to the next day that is none of these; Regulation
 * 1182/71, art. 3(4), says the same for periods of EU law, such as the month of AVG 12(3).
 * The library's Dutch implementation is {@code io.github.grondslag.domain.time.DutchCalendar}.
 *
 * <p>An implementation answers for every date it is asked about, is free of side effects and
 * has a working day in every run of {@value #MAX_CONSECUTIVE_NON_WORKING_DAYS} consecutive days;
 * the default methods fail loudly on a calendar that breaks the last promise.
 */
public interface WorkingDays {

    /** The longest run of non-working days the default methods look through before they give up. */
    int MAX_CONSECUTIVE_NON_WORKING_DAYS = 366;

    /**
     * Whether the date is a working day: not a Saturday, Sunday or a day equated with a holiday.
     *
     * @param date any date
     * @return {@code true} when a period may end on the date
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The date itself when it is a working day, else the next working day: where a period that
     * would end on the date ends (Algemene termijnenwet 1(1); Regulation 1182/71 3(4)).
     *
     * @param date the date a period would end on
     * @return the first working day on or after the date
     * @throws IllegalStateException when the calendar has no working day in
     *         {@value #MAX_CONSECUTIVE_NON_WORKING_DAYS} days from the date (a broken calendar)
     */
    default LocalDate onOrAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date;
        for (int looked = 0; looked < MAX_CONSECUTIVE_NON_WORKING_DAYS; looked++) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("no working day in " + MAX_CONSECUTIVE_NON_WORKING_DAYS
                + " days from " + date + ": the calendar is broken");
    }

    /**
     * The {@code n}-th working day after the date; the date itself does not count, and
     * {@code n = 0} gives the date unchanged. Two working days after Friday 3 July 2026 is
     * Tuesday 7 July 2026.
     *
     * @param date the date to count from, itself not counted
     * @param n    the number of working days to add, 0 or more
     * @return the {@code n}-th working day after the date, or the date itself when {@code n} is 0
     * @throws IllegalArgumentException when {@code n} is negative
     * @throws IllegalStateException    when the calendar is broken (see {@link #onOrAfter})
     */
    default LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("n is a number of working days, not negative: " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; counted++) {
            day = onOrAfter(day.plusDays(1));
        }
        return day;
    }
}

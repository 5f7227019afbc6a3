package io.github.grondslag.domain.port;

import java.time.LocalDate;

/**
 * Which days are working days. The domain reads working days only through this port; it ships the
 * Dutch calendar of the Algemene termijnenwet ({@code domain.time.DutchCalendar}).
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** The date itself when it is a working day, else the next working day. */
    default LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after the date (n ≥ 0; n = 0 gives {@link #onOrAfter}). */
    default LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = onOrAfter(date);
        for (int i = 0; i < n; i++) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }
}

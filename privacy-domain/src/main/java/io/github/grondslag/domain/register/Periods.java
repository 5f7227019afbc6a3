package io.github.grondslag.domain.register;

import java.time.Period;

/** Orders periods as the register check and the response policy need them. */
public final class Periods {

    private Periods() {
    }

    /**
     * Orders two periods. Periods in whole months (years count as twelve) or in whole days compare
     * exactly; a mix of both compares by the mean Gregorian month of 30.436875 days.
     *
     * @param a the first period
     * @param b the second period
     * @return a negative number, zero or a positive number as {@code a} is shorter than, as long as,
     *     or longer than {@code b}
     */
    public static int compare(Period a, Period b) {
        if (a.getDays() == 0 && b.getDays() == 0) {
            return Long.compare(a.toTotalMonths(), b.toTotalMonths());
        }
        if (a.toTotalMonths() == 0 && b.toTotalMonths() == 0) {
            return Integer.compare(a.getDays(), b.getDays());
        }
        return Double.compare(meanDays(a), meanDays(b));
    }

    private static double meanDays(Period p) {
        return p.toTotalMonths() * 30.436875 + p.getDays();
    }
}

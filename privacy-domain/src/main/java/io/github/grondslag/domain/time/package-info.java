/**
 * Time as the law counts it: the Dutch general holidays of the Algemene termijnenwet (Atw) art. 3,
 * computed from the year ({@link io.github.grondslag.domain.time.DutchHolidays}), and the
 * working-day calendar built on them ({@link io.github.grondslag.domain.time.DutchCalendar}), which
 * implements the {@link io.github.grondslag.domain.port.WorkingDays} port. Pure functions of the
 * date: no clock, no table, no state.
 */
package io.github.grondslag.domain.time;

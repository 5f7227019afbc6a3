package io.github.grondslag.domain.register;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Periods compared by their months, by their days, or (when they mix the two) by their mean length; the
 * whole months of extension a response policy allows within art. 12(3)'s two further months.
 */
class PeriodsTest {

    private static ResponsePolicy extendingBy(Period maximum) {
        return new ResponsePolicy(Period.ofMonths(1), maximum, Option.none(), Option.none());
    }

    @Test
    void periodsCompareByMonthsByDaysOrWhenMixedByTheirMeanLength() {
        assertTrue(Periods.compare(Period.ofMonths(1), Period.ofMonths(2)) < 0);
        assertEquals(0, Periods.compare(Period.ofYears(1), Period.ofMonths(12)));
        assertTrue(Periods.compare(Period.ofDays(61), Period.ofDays(60)) > 0);
        assertTrue(Periods.compare(Period.ofMonths(2), Period.ofDays(60)) > 0, "two months (mean 60.9 days) are longer than 60 days");
        assertTrue(Periods.compare(Period.ofDays(28), Period.ofMonths(1)) < 0);
    }

    @Test
    void aPolicyAllowsTheWholeMonthsOfItsMaximumAndNeverMoreThanTheLawsTwo() {
        assertEquals(0, extendingBy(Period.ZERO).maximumExtensionMonths());
        assertEquals(1, extendingBy(Period.ofMonths(1)).maximumExtensionMonths());
        assertEquals(1, extendingBy(Period.ofDays(60)).maximumExtensionMonths());
        assertEquals(2, extendingBy(Period.ofMonths(2)).maximumExtensionMonths());
        assertEquals(ResponsePolicy.MAXIMUM_EXTENSION_MONTHS, extendingBy(Period.ofMonths(3)).maximumExtensionMonths(),
                "a policy promising three months is capped by 12(3)");
    }

    @Test
    void aPurposeReliesOnGdprConsentWhenItAsksItAsItsGroundButNotForConsentAnotherLawRequires() {
        assertTrue(Drafts.contractPurposeCollectingConsent("offers").reliesOnGdprConsent());
        assertFalse(Drafts.purpose("cookies").consent(Drafts.consent(ConsentKind.OTHER_LAW, Fact.YES, Fact.YES,
                ConsentMechanism.CLEAR_AFFIRMATIVE_ACT)).build().reliesOnGdprConsent());
        assertFalse(Drafts.contractPurpose("p1").reliesOnGdprConsent());
    }
}

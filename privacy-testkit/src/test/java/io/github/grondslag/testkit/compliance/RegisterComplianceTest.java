package io.github.grondslag.testkit.compliance;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.testkit.property.Choices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compliance properties pass on a lawful register and fail, naming purpose and article, on a broken one. */
class RegisterComplianceTest {

    private static RegisterCompliance of(Register register) {
        return new RegisterCompliance() {
            @Override
            public Register register() {
                return register;
            }

            @Override
            public int tries() {
                return 50;
            }
        };
    }

    @Test
    void aLawfulRegisterPassesEveryProperty() {
        for (long seed = 1; seed <= 5; seed++) {
            passesAll(of(Grondslag.lawfulRegisters().generate(Choices.random(seed))));
        }
    }

    private static void passesAll(RegisterCompliance lawful) {
        lawful.theRegisterCheckFindsNoErrorBeyondThoseAccepted();
        lawful.consentWithdrawnStopsProcessingAtThatInstantAndNotBefore();
        lawful.noOperationWithAnUndeclaredDataOrSubjectCategoryIsPermitted();
        lawful.specialDataAreNeverPermittedWithoutTheirCondition();
        lawful.everyRetentionRuleEndsAndEveryRecordGetsAnErasureDate();
        lawful.everyRequestTypeGetsADueDateWithinTheLegalBoundsOnTheDutchCalendar();
        lawful.anUpheldObjectionStopsEveryLegitimateInterestsPurposeAndDirectMarketingAlways();
    }

    @Test
    void aRegisterWithCriminalDataWithoutAuthorisationFailsTheCheckNamingTheRuleAndThePurpose() {
        Register broken = Grondslag.registersBreaking(GdprRule.R4_CRIMINAL_DATA).generate(Choices.random(3));
        AssertionError e = assertThrows(AssertionError.class,
                () -> of(broken).theRegisterCheckFindsNoErrorBeyondThoseAccepted());
        assertTrue(e.getMessage().contains("R4 [AVG 10]"), e.getMessage());
    }
}

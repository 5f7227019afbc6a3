package io.github.grondslag.testkit.facade;

import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.testkit.generators.PersonalDataGens;
import io.github.grondslag.testkit.property.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade's generators keep their word: lawful is lawful, broken is broken in its rule, trails verify. */
class GrondslagProperties {

    @Test
    void lawfulRegistersHaveNoFindingAndBrokenOnesBreakTheirRule() {
        Property.forAll(Grondslag.lawfulRegisters()).tries(50).check(r -> RegisterCheck.check(r).isEmpty());
        Property.forAll(Grondslag.registersBreaking(GdprRule.R7_PROCESSOR_AGREEMENT)).tries(50)
                .check(r -> RegisterCheck.check(r).exists(f -> f.rule() == GdprRule.R7_PROCESSOR_AGREEMENT));
    }

    @Test
    void auditTrailsVerifyAndPeoplesBsnsPassTheElevenTest() {
        Property.forAll(Grondslag.auditTrails()).tries(100).check(t -> AuditChain.verify(t.iterator()).intact());
        Property.forAll(Grondslag.people()).tries(100).check(p -> PersonalDataGens.elevenTest(p.bsn())
                && p.email().endsWith("@example.nl"));
        assertTrue(Property.forAll(Grondslag.legalRequests()).tries(100).check(r -> r.events().nonEmpty()).tries()
                == 100);
    }
}

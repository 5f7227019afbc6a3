package io.github.grondslag.testkit.register;

import io.github.grondslag.domain.register.CheckRule;
import io.github.grondslag.domain.register.Finding;
import io.github.grondslag.domain.register.RegisterCheck;
import io.github.grondslag.testkit.generators.RegisterBreakers;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of the register check, over generated registers (DESIGN §3.2). */
class RegisterCheckProperties {

    @Test
    void aRegisterThatKeepsEveryRuleGetsNoFinding() {
        Property.forAll(RegisterGens.compliantRegister())
                .classify(r -> r.purposes().size() > 2 ? "more than two purposes" : "one or two purposes")
                .checkThat(r -> assertEquals(List.empty(), RegisterCheck.check(r)));
    }

    @ParameterizedTest(name = "breaking {0}, in each of its ways, gives findings of {0} and of no other rule")
    @EnumSource(CheckRule.class)
    void breakingOneRuleGivesFindingsOfThatRuleOnly(CheckRule rule) {
        for (int way = 0; way < RegisterBreakers.waysOf(rule); way++) {
            int w = way;
            Property.forAll(RegisterBreakers.breaking(rule, way))
                    .tries(Math.max(20, Property.DEFAULT_TRIES / RegisterBreakers.waysOf(rule)))
                    .checkThat(r -> {
                        List<Finding> findings = RegisterCheck.check(r);
                        assertFalse(findings.isEmpty(), "no finding for a register that breaks " + rule + " way " + w);
                        assertEquals(List.of(rule), findings.map(Finding::rule).distinct(), findings::toString);
                    });
        }
    }

    @Test
    void theCheckIsDeterministic() {
        Property.forAll(RegisterGens.compliantRegister().map(r -> RegisterGens.build(r.draft())))
                .checkThat(r -> assertEquals(RegisterCheck.check(r), RegisterCheck.check(r)));
    }

    @Test
    void everyFindingCarriesACitationAnElementAndASentence() {
        Property.forAll(io.github.grondslag.testkit.property.Gens.elements(CheckRule.values())
                        .flatMap(RegisterBreakers::breaking))
                .checkThat(r -> RegisterCheck.check(r).forEach(f -> {
                    assertFalse(f.element().isBlank());
                    assertTrue(f.message().endsWith("."), f::message);
                    assertFalse(f.citation().provision().isBlank());
                }));
    }
}

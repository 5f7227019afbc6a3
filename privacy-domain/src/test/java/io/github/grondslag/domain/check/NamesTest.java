package io.github.grondslag.domain.check;

import io.github.grondslag.domain.audit.ChainBreak;
import io.github.grondslag.domain.check.gdpr.GdprRules;
import io.github.grondslag.domain.check.nl.DutchLayer;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.notice.FraudRegister;
import io.github.grondslag.domain.register.Violation;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a privacy officer reads: every rule set and rule is named and summarised, and short values print plainly. */
class NamesTest {

    @Test
    void everyRuleSetIsNamedAndEveryRuleOfItSummarised() {
        for (RuleSet set : List.<RuleSet>of(GdprRules.INSTANCE, DutchLayer.INSTANCE)) {
            assertFalse(set.name().isBlank());
            for (Rule rule : set.rules()) {
                assertFalse(rule.summary().isBlank(), rule::name);
            }
        }
        assertFalse(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED.summary().isBlank());
        assertEquals("AVG/GDPR", GdprRules.INSTANCE.name().substring(0, 8));
    }

    @Test
    void shortValuesPrintPlainly() {
        assertEquals("Extern Verwijzingsregister", FraudRegister.EVR.dutchName());
        assertEquals("entry 3 changed", new ChainBreak(3, ChainBreak.Kind.CHANGED).toString());
        assertEquals("Permitted", Decision.PERMITTED.toString());
        assertEquals("purposes[0].id: the id is blank", new Violation("purposes[0].id", "the id is blank").toString());
    }
}

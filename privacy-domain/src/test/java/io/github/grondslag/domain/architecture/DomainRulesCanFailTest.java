package io.github.grondslag.domain.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.github.grondslag.domain.badfixture.MutableField;
import io.github.grondslag.domain.badfixture.ReadsFiles;
import io.github.grondslag.domain.badfixture.ReadsSystemMillis;
import io.github.grondslag.domain.badfixture.ReadsTheClock;
import io.github.grondslag.domain.badfixture.UsesSlf4jLikeType;
import io.github.grondslag.domain.badfixture.check.FixtureRule;
import io.github.grondslag.domain.badfixture.check.gdpr.GdprRuleUsingANationalLayer;
import io.github.grondslag.domain.badfixture.check.gdpr.GdprRuleUsingTheRoot;
import io.github.grondslag.domain.badfixture.check.nl.FixtureDutchRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each architecture rule rejects a class that breaks it: the rules can fail. */
class DomainRulesCanFailTest {

    private static void assertRejects(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(classes));
        for (Class<?> fixture : fixtures) {
            assertTrue(error.getMessage().contains(fixture.getName()), () -> "rule did not name " + fixture);
        }
    }

    @Test
    void allowListRejectsADomainClassUsingAThirdPartyLibrary() {
        assertRejects(DomainRules.ONLY_JDK_AND_VAVR, UsesSlf4jLikeType.class);
    }

    @Test
    void ioRuleRejectsADomainClassReadingFiles() {
        assertRejects(DomainRules.NO_IO_OR_REFLECTION, ReadsFiles.class);
    }

    @Test
    void clockRuleRejectsInstantNowAndSystemCurrentTimeMillis() {
        assertRejects(DomainRules.NO_CLOCK, ReadsTheClock.class, ReadsSystemMillis.class);
    }

    @Test
    void immutabilityRuleRejectsANonFinalField() {
        assertRejects(DomainRules.FIELDS_FINAL, MutableField.class);
    }

    @Test
    void portRuleRejectsAPortThatIsAClass() throws ClassNotFoundException {
        assertRejects(DomainRules.PORTS_ARE_INTERFACES, Class.forName("io.github.grondslag.domain.port.BadPortFixture"));
    }

    @Test
    void modelRuleRejectsAModelClassThatUsesAUseCase() {
        // The fixture sits in badfixture, which the rule is given as a model package.
        assertRejects(DomainRules.modelIndependentOfUseCases("io.github.grondslag.domain.badfixture.."),
                io.github.grondslag.domain.badfixture.ModelUsingAUseCase.class);
    }

    private static final String FIXTURE_CHECK = "io.github.grondslag.domain.badfixture.check";

    @Test
    void gdprRuleRejectsAGdprRuleThatUsesANationalLayer() {
        JavaClasses classes = new ClassFileImporter().importClasses(GdprRuleUsingANationalLayer.class,
                FixtureDutchRule.class, FixtureRule.class);
        AssertionError error = assertThrows(AssertionError.class,
                () -> DomainRules.gdprRulesIndependentOfNationalLayers(FIXTURE_CHECK).check(classes));
        assertTrue(error.getMessage().contains(GdprRuleUsingANationalLayer.class.getName()), error::getMessage);
        assertTrue(error.getMessage().contains(FixtureDutchRule.class.getName()), error::getMessage);
    }

    @Test
    void gdprRuleAllowsTheChecksRootPackage() {
        JavaClasses classes = new ClassFileImporter().importClasses(GdprRuleUsingTheRoot.class, FixtureRule.class,
                FixtureDutchRule.class);
        assertDoesNotThrow(() -> DomainRules.gdprRulesIndependentOfNationalLayers(FIXTURE_CHECK).check(classes));
    }

    @Test
    void gdprRuleFailsWhenThereAreNoGdprRulesToCheck() {
        JavaClasses classes = new ClassFileImporter().importClasses(FixtureRule.class, FixtureDutchRule.class);
        assertThrows(AssertionError.class,
                () -> DomainRules.gdprRulesIndependentOfNationalLayers(FIXTURE_CHECK).check(classes));
    }

    @Test
    void layeringRuleRejectsAVocabularyThatDependsOnTheRegister() throws ClassNotFoundException {
        assertRejects(DomainRules.LAW_IS_THE_BOTTOM_LAYER,
                Class.forName("io.github.grondslag.domain.law.BadLawFixture"));
    }
}

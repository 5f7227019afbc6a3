package io.github.grondslag.testkit.generators;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The purpose builder: starting from a purpose gives it back; each change touches only its part; nothing is shared. */
class PurposeBuilderProperties {

    private static io.github.grondslag.testkit.property.Gen<Purpose> purposes() {
        return Grondslag.lawfulRegisters().flatMap(r -> Gens.elementsOf(r.purposes()));
    }

    @Test
    void aBuilderStartedFromAPurposeBuildsThatPurpose() {
        Property.forAll(purposes()).checkThat(p -> assertEquals(p, PurposeBuilder.from(p).build()));
    }

    @Test
    void aChangeTouchesOnlyItsOwnPart() {
        Property.forAll(purposes(), Gens.elements(LawfulBasis.values()))
                .checkThat(t -> t.apply((p, basis) -> {
                    Purpose changed = PurposeBuilder.from(p).withLawfulBases(basis).build();
                    assertEquals(List.of(basis), changed.lawfulBases());
                    assertEquals(p.consent(), changed.consent());
                    assertEquals(p.basis().legitimateInterest(), changed.basis().legitimateInterest());
                    assertEquals(p.basis().balancingTest(), changed.basis().balancingTest());
                    assertEquals(p.scope(), changed.scope());
                    assertEquals(p.sensitive(), changed.sensitive());
                    assertEquals(p.automation(), changed.automation());
                    assertEquals(p.impactAssessment(), changed.impactAssessment());
                    assertEquals(p.directMarketing(), changed.directMarketing());
                    return null;
                }));
    }

    @Test
    void aBuilderIsImmutable() {
        PurposeBuilder start = PurposeBuilder.purpose("p");
        PurposeBuilder consent = start.withLawfulBases(LawfulBasis.CONSENT)
                .withConsent(ConsentTerms.clear(ConsentKind.BASIS, true))
                .withSpecialConditions(SpecialCategoryCondition.EXPLICIT_CONSENT)
                .withImpactAssessment(Fact.YES);
        assertEquals(PurposeBuilder.purpose("p").build(), start.build());
        Purpose built = consent.build();
        assertTrue(built.restsOn(LawfulBasis.CONSENT));
        assertTrue(built.reliesOnGdprConsent());
        assertEquals(Option.some("dpia p"), built.impactAssessment().reference());
        assertFalse(consent.withoutConsent().build().collectsConsent());
        assertTrue(consent.build().collectsConsent());
    }

    @Test
    void aNewPurposeStatesNothingButItsId() {
        Purpose p = PurposeBuilder.purpose("silent").build();
        assertEquals("silent", p.id());
        assertTrue(p.lawfulBases().isEmpty());
        assertTrue(p.dataCategories().isEmpty() && p.subjectCategories().isEmpty());
        assertTrue(p.consent().isEmpty() && p.sensitive().specialConditions().isEmpty());
        assertTrue(p.automation().decision().isEmpty() && p.automation().tracking().isEmpty());
        assertTrue(p.impactAssessment().made().isNotStated() && p.basis().balancingTest().made().isNotStated());
    }
}

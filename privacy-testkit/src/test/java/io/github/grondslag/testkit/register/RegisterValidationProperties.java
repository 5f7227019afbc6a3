package io.github.grondslag.testkit.register;

import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.Violation;
import io.github.grondslag.testkit.generators.PurposeBuilder;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structural validation of a register: every problem reported at once, each with its path. */
class RegisterValidationProperties {

    @Test
    void aGeneratedDraftAlwaysBuilds() {
        Property.forAll(RegisterGens.compliantDraft())
                .checkThat(d -> assertTrue(Register.of(d).isValid(), () -> Register.of(d).getError().toString()));
    }

    @Test
    void aDanglingDataCategoryReferenceIsReportedAtItsPath() {
        Property.forAll(RegisterGens.compliantDraft(), Gens.integers(0, 100))
                .checkThat(t -> t.apply((draft, pick) -> {
                    int index = pick % draft.purposes().size();
                    Purpose p = draft.purposes().get(index);
                    RegisterDraft broken = draft.withPurposes(draft.purposes().update(index,
                            PurposeBuilder.from(p).withDataCategories(p.dataCategories().append("no-such-category")).build()));
                    Seq<Violation> violations = Register.of(broken).getError();
                    assertEquals(1, violations.size(), violations::toString);
                    assertEquals("purposes[" + index + "].dataCategories[" + p.dataCategories().size() + "]",
                            violations.head().path());
                    return null;
                }));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Property.forAll(RegisterGens.compliantDraft())
                .checkThat(draft -> {
                    Purpose first = draft.purposes().head();
                    RegisterDraft broken = draft
                            .withDataCategories(draft.dataCategories().append(draft.dataCategories().head()))
                            .withPurposes(draft.purposes().update(0,
                                    PurposeBuilder.from(first).withRecipients(first.recipients().append("nobody")).build()));
                    Seq<Violation> violations = Register.of(broken).getError();
                    assertEquals(2, violations.size(), violations::toString);
                    assertTrue(violations.exists(v -> v.path().equals(
                            "dataCategories[" + draft.dataCategories().size() + "].id")));
                    assertTrue(violations.exists(v -> v.path().startsWith("purposes[0].recipients[")));
                });
    }
}

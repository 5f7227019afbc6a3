package io.github.grondslag.domain.register;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterTest {

    @Test
    void aValidDraftBuildsAndResolvesItsReferences() {
        Register r = Drafts.build(Drafts.lawful());
        assertTrue(r.purpose("p1").isDefined());
        assertEquals(List.of("contact"), r.dataCategoriesOf(r.purpose("p1").get()).map(DataCategory::id));
        assertFalse(r.purpose("nope").isDefined());
    }

    @Test
    void everyStructuralProblemIsReportedAtOnceWithItsPath() {
        RegisterDraft d = Drafts.lawful();
        RegisterDraft broken = d
                .withDataCategories(d.dataCategories().append(new DataCategory("contact", "again", DataClass.SPECIAL,
                        Option.none(), Option.none())))
                .withRetentionRules(d.retentionRules().append(new RetentionRule("neg", "negative", Option.none(),
                        Option.some(Period.ofYears(-1)), Option.none(), Option.none(), RetentionAction.ERASE, false,
                        Option.none())))
                .withPurposes(List.of(Drafts.contractPurpose("p1").withRecipients(List.of("ghost"))
                        .withDataCategories(List.empty())));
        Seq<Violation> violations = Register.of(broken).getError();
        assertEquals(List.of(
                "dataCategories[1].id",
                "dataCategories[1].specialCategory",
                "retentionRules[1].duration",
                "purposes[0].dataCategories",
                "purposes[0].recipients[0]"), violations.map(Violation::path));
    }

    @Test
    void toStringShowsCountsNotContent() {
        String text = Drafts.build(Drafts.lawful()).toString();
        assertFalse(text.contains("privacy@"), text);
        assertTrue(text.contains("1 purposes"), text);
    }
}

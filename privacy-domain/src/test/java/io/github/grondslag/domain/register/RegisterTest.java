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

    private static List<String> violationPaths(RegisterDraft draft) {
        Seq<Violation> violations = Register.of(draft).getError();
        return List.ofAll(violations.map(Violation::path));
    }

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
                .withDataCategories(d.dataCategories().append(DataCategory.of("contact", "again", DataClass.SPECIAL,
                        Option.none())))
                .withRetentionRules(d.retentionRules().append(new RetentionRule("neg", "negative", Option.none(),
                        Option.none(), Option.some(Period.ofYears(-1)), Option.none(), Option.none(),
                        RetentionAction.ERASE, Option.none(), false, Option.none())))
                .withPurposes(List.of(Drafts.purpose("p1").recipients("ghost").data().build()));
        assertEquals(List.of(
                "dataCategories[1].id",
                "dataCategories[1].specialCategory",
                "retentionRules[1].duration",
                "purposes[0].dataCategories",
                "purposes[0].recipients[0]"), violationPaths(broken));
    }

    @Test
    void blankIdsAndNamesAndReferencesToWhatTheRegisterDoesNotDeclareAreEachReported() {
        RegisterDraft d = Drafts.lawful();
        RegisterDraft broken = d
                .withSubjectCategories(d.subjectCategories().append(new SubjectCategory(" ", "Blank id", Option.none())))
                .withDataCategories(d.dataCategories().append(new DataCategory("claims", " ", DataClass.ORDINARY,
                        Option.none(), DataOrigin.SUBJECT, List.empty(), List.of("ghost-rule"), Option.none())))
                .withTransfers(List.of(new Transfer("t1", Option.some("ghost"), "US", Option.none(), Option.none(),
                        List.empty(), Option.none())))
                .withPurposes(List.of(Drafts.purpose("p1").data("contact", "contact").build()));
        assertEquals(List.of(
                "subjectCategories[1].id",
                "dataCategories[1].name",
                "dataCategories[1].retentionRules[0]",
                "transfers[0].recipient",
                "purposes[0].dataCategories[1]"), violationPaths(broken));
    }

    @Test
    void anIdLongerThan128CharactersOrWithACharacterATerminalWouldActOnIsRefused() {
        RegisterDraft d = Drafts.lawful();
        List<String> refused = List.of("x".repeat(Register.MAX_ID_LENGTH + 1), "p\u0000", "p\u001b[2J", "p\u202e",
                "p\ud800", "p\u2028");
        for (String id : refused) {
            assertEquals(List.of("recipients[0].id"), violationPaths(d.withRecipients(List.of(new Recipient(id,
                    "Mail house", RecipientKind.PROCESSOR, Fact.YES, Option.none())))), () -> Printable.of(id));
        }
        for (String id : List.of("x".repeat(Register.MAX_ID_LENGTH), "vgz-viii-fraud", "zorg één", "p\\1")) {
            assertTrue(Register.of(d.withRecipients(List.of(new Recipient(id, "Mail house", RecipientKind.PROCESSOR,
                    Fact.YES, Option.none())))).isValid(), () -> Printable.of(id));
        }
    }

    @Test
    void registersAreEqualByTheirContent() {
        Register a = Drafts.build(Drafts.lawful());
        Register b = Drafts.build(Drafts.lawful());
        Register other = Drafts.build(Drafts.lawful().withPurposes(List.of(Drafts.purpose("p2").build())));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(other));
    }

    @Test
    void aRetentionRuleOnAnEventOfTheControllersOwnMustDescribeTheEvent() {
        RegisterDraft d = Drafts.lawful();
        RetentionRule undescribed = RetentionRule.of("own", "2 years after our event", RetentionTrigger.OWN_EVENT,
                Period.ofYears(2));
        assertEquals(List.of("retentionRules[1].triggerDescription"),
                violationPaths(d.withRetentionRules(d.retentionRules().append(undescribed))));
        RetentionRule described = new RetentionRule("own", "2 years after our event",
                Option.some(RetentionTrigger.OWN_EVENT), Option.some("the end of the claims season"),
                Option.some(Period.ofYears(2)), Option.none(), Option.none(), RetentionAction.ERASE, Option.none(),
                false, Option.none());
        assertTrue(Register.of(d.withRetentionRules(d.retentionRules().append(described))).isValid());
    }

    @Test
    void onlyAnArchivingRuleNamesAnArchivePurpose() {
        RegisterDraft d = Drafts.lawful();
        RetentionRule erasing = new RetentionRule("r", "erased", Option.some(RetentionTrigger.RECORDED), Option.none(),
                Option.some(Period.ofWeeks(4)), Option.none(), Option.none(), RetentionAction.ERASE,
                Option.some(ArchivePurpose.STATISTICS), false, Option.none());
        assertEquals(List.of("retentionRules[1].archivePurpose"),
                violationPaths(d.withRetentionRules(d.retentionRules().append(erasing))));
    }

    @Test
    void aMemberStateIsATwoLetterCodeInCapitals() {
        RegisterDraft d = Drafts.lawful();
        assertEquals(List.of("controller.memberState"),
                violationPaths(d.withController(d.controller().withMemberState(Option.some("nl")))));
        assertTrue(Register.of(d.withController(d.controller().withMemberState(Option.some("DE")))).isValid());
    }

    @Test
    void toStringShowsCountsNotContent() {
        String text = Drafts.build(Drafts.lawful()).toString();
        assertFalse(text.contains("privacy@"), text);
        assertTrue(text.contains("1 purposes"), text);
    }
}

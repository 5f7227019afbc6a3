package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which rule governs a record, and the period it sets (AVG 5(1)(e), 13(2)(a)): a purpose's own rules
 * and those of the record's data categories; the shorter of a duration and a maximum; legal holds only
 * while they cover the record and hold (17(3)).
 */
class RetentionTest {

    private static final SubjectId SUBJECT = SubjectId.of("s");
    private static final LocalDate ENDED = LocalDate.of(2020, 3, 1);

    /** The lawful register, its purpose "p1" kept by {@code purposeRules}, and data "claims" kept 2 years. */
    private static Register register(List<String> purposeRules, RetentionRule... more) {
        RegisterDraft d = Drafts.lawfulWith(new DataCategory("claims", "Claims", DataClass.ORDINARY, Option.none(),
                DataOrigin.SUBJECT, List.empty(), List.of("claims-2y"), Option.none()));
        return Drafts.build(d.withRetentionRules(d.retentionRules()
                        .append(RetentionRule.of("claims-2y", "2 years after the relationship ends",
                                RetentionTrigger.RELATIONSHIP_ENDED, Period.ofYears(2)))
                        .appendAll(List.of(more)))
                .withPurposes(List.of(Drafts.purpose("p1").data("contact", "claims")
                        .retention(purposeRules.toJavaArray(String[]::new)).build())));
    }

    private static PersonalRecord record(String id, List<String> data) {
        return PersonalRecord.of(id, SUBJECT, "p1", data, HashMap.of(RetentionTrigger.RELATIONSHIP_ENDED, ENDED));
    }

    private static PersonalRecord naming(String rule, PersonalRecord r) {
        return new PersonalRecord(r.id(), r.subject(), r.purposeId(), r.dataCategories(), r.source(),
                r.providedBySubject(), r.dossierId(), Option.some(rule), r.triggers());
    }

    private static RetentionVerdict on(Register register, PersonalRecord record, LocalDate date, LegalHold... holds) {
        return Retention.evaluate(register, record, List.of(holds), date);
    }

    @Test
    void aDataCategorysOwnRuleGovernsTheRecordWhenItsPurposeHasNone() {
        RetentionVerdict v = on(register(List.empty()), record("r", List.of("contact", "claims")),
                LocalDate.of(2022, 3, 2));

        assertEquals(Option.some("claims-2y"), v.ruleId());
        assertEquals(RetentionVerdict.Verdict.MUST_ERASE, v.verdict());
        assertEquals(Option.some(LocalDate.of(2022, 3, 2)), v.mustEraseFrom());
    }

    @Test
    void aPurposeRuleAndACategoryRuleBothApplySoTheRecordMustNameOne() {
        Register register = register(List.of("contract-7y"));

        assertEquals(Option.none(), on(register, record("r", List.of("claims")), ENDED).ruleId());
        assertEquals(Option.some("claims-2y"), on(register, naming("claims-2y", record("r", List.of("claims"))),
                ENDED).ruleId());
        // a record without the category has only its purpose's rule; so has a record with no data at all
        assertEquals(Option.some("contract-7y"), on(register, record("r", List.of("contact")), ENDED).ruleId());
        assertEquals(Option.some("contract-7y"), on(register, record("r", List.empty()), ENDED).ruleId());
    }

    @Test
    void theShorterOfTheDurationAndTheMaximumEndsThePeriod() {
        RetentionRule shortMax = new RetentionRule("r-max", "7 years, at most 5", Option.some(
                RetentionTrigger.RELATIONSHIP_ENDED), Option.none(), Option.some(Period.ofYears(7)), Option.none(),
                Option.some(Period.ofYears(5)), RetentionAction.ERASE, Option.none(), false, Option.none());
        RetentionRule shortDuration = new RetentionRule("r-dur", "3 years, at most 5", Option.some(
                RetentionTrigger.RELATIONSHIP_ENDED), Option.none(), Option.some(Period.ofYears(3)), Option.none(),
                Option.some(Period.ofYears(5)), RetentionAction.ERASE, Option.none(), false, Option.none());

        assertEquals(Option.some(LocalDate.of(2025, 3, 2)), on(register(List.of("r-max"), shortMax),
                record("r", List.of("contact")), ENDED).mustEraseFrom());
        assertEquals(Option.some(LocalDate.of(2023, 3, 2)), on(register(List.of("r-dur"), shortDuration),
                record("r", List.of("contact")), ENDED).mustEraseFrom());
    }

    @Test
    void aRuleWithNeitherDurationNorMaximumKeepsTheRecordAndSaysSo() {
        RetentionRule open = new RetentionRule("r-open", "as long as needed", Option.some(
                RetentionTrigger.RELATIONSHIP_ENDED), Option.none(), Option.none(), Option.some(Period.ofYears(1)),
                Option.none(), RetentionAction.ERASE, Option.none(), false, Option.none());

        RetentionVerdict v = on(register(List.of("r-open"), open), record("r", List.of("contact")),
                LocalDate.of(2040, 1, 1));

        assertEquals(RetentionVerdict.Verdict.RETAIN, v.verdict());
        assertEquals("the rule names no duration or maximum", v.reason());
    }

    @Test
    void aHoldKeepsOnlyTheRecordItCoversAndOnlyWhileItHolds() {
        Register register = register(List.of("contract-7y"));
        PersonalRecord record = record("r", List.of("contact"));
        LocalDate late = LocalDate.of(2030, 1, 1);
        LegalHold onOther = LegalHold.onRecord("h1", "other", LegalHold.Reason.PENDING_LAWSUIT, ENDED);
        LegalHold liftedEarlier = LegalHold.onRecord("h2", "r", LegalHold.Reason.PENDING_LAWSUIT, ENDED)
                .liftedOn(LocalDate.of(2021, 1, 1));
        LegalHold active = LegalHold.onRecord("h3", "r", LegalHold.Reason.PENDING_LAWSUIT, ENDED);

        assertEquals(RetentionVerdict.Verdict.MUST_ERASE, on(register, record, late, onOther, liftedEarlier).verdict());
        assertEquals(RetentionVerdict.Verdict.ON_HOLD, on(register, record, late, onOther, active).verdict());
    }

    @Test
    void aContractRecordWhoseRelationshipRunsIsKeptAsStillNecessaryNotAsALegalObligation() {
        // 17(1)(a) does not apply while the contract runs; only a legal obligation or a public task is 17(3)(b)
        PersonalRecord running = PersonalRecord.of("r", SUBJECT, "p1", List.of("contact"), HashMap.empty());
        ErasureDecision decision = ErasureDecision.decide(register(List.of("contract-7y")), List.of(running),
                r -> List.empty(), LocalDate.of(2026, 3, 2)).single();
        assertEquals(Option.some(RefusalGround.STILL_NECESSARY), decision.keptOn());
    }

    @Test
    void theHoldThatKeepsTheRecordIsTheActiveOneAndItsReasonIsCited() {
        Register register = register(List.of("contract-7y"));
        PersonalRecord record = record("r", List.of("contact"));
        LegalHold liftedEarlier = LegalHold.onRecord("h1", "r", LegalHold.Reason.PENDING_LAWSUIT, ENDED)
                .liftedOn(LocalDate.of(2021, 1, 1));
        LegalHold active = LegalHold.onRecord("h2", "r", LegalHold.Reason.OFFICIAL_INVESTIGATION, ENDED);

        RetentionVerdict v = on(register, record, LocalDate.of(2030, 1, 1), liftedEarlier, active);

        assertEquals(RetentionVerdict.Verdict.ON_HOLD, v.verdict());
        assertEquals(LegalHold.Reason.OFFICIAL_INVESTIGATION.citation(), v.citation());
    }

    @Test
    void aHoldCannotBeLiftedBeforeItWasPlaced() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LegalHold.onRecord("h",
                "r", LegalHold.Reason.PENDING_LAWSUIT, ENDED).liftedOn(ENDED.minusDays(1)));
        assertEquals(Option.some(ENDED), LegalHold.onRecord("h", "r", LegalHold.Reason.PENDING_LAWSUIT, ENDED)
                .liftedOn(ENDED).lifted(), "lifted the day it was placed: it never held");
    }

    @Test
    void aRecordOfAPurposeNotOnAContractIsErasedEvenWhileTheRelationshipRuns() {
        // only a contract makes the data still necessary while the relationship runs (17(1)(a))
        Register register = Drafts.build(Drafts.lawful().withPurposes(List.of(
                Drafts.legitimateInterestsPurpose("p1"))));
        PersonalRecord running = PersonalRecord.of("r", SUBJECT, "p1", List.of("contact"), HashMap.empty());
        ErasureDecision decision = ErasureDecision.decide(register, List.of(running), r -> List.empty(),
                LocalDate.of(2026, 3, 2)).single();
        assertEquals(Option.none(), decision.keptOn());
    }
}

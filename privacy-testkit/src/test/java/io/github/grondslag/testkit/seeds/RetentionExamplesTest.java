package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.retention.ErasureDecision;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.retention.Retention;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.retention.RetentionVerdict.Verdict;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds' retention rules (docs/retention.md) as named examples, on the seed registers. */
class RetentionExamplesTest {

    private static final Register VGZ = SeedRegisters.read(SeedRegisters.VGZ);
    private static final Register ZORGGENOOT = SeedRegisters.read(SeedRegisters.ZORGGENOOT);
    private static final SubjectId S = SubjectId.of("relation-4711");

    private static PersonalRecord record(String purpose, String rule, RetentionTrigger trigger, LocalDate date) {
        return new PersonalRecord("rec-1", S, purpose, List.of("contact-details"), Option.none(), true,
                Option.some("dossier-9"), Option.of(rule), date == null ? HashMap.empty() : HashMap.of(trigger, date));
    }

    private static Verdict verdict(Register r, PersonalRecord record, List<LegalHold> holds, String on) {
        return Retention.evaluate(r, record, holds, LocalDate.parse(on)).verdict();
    }

    @Test
    void contractDataOfARelationshipEndedOn29FebruaryIsKeptThrough28FebruarySevenYearsLater() {
        // 'Hoelang…': "standaard 7 jaar na beëindiging van de relatie"; 29 February 2024 + 7 years = 28 February 2031
        PersonalRecord contract = record("vgz-i-contracts", null, RetentionTrigger.RELATIONSHIP_ENDED,
                LocalDate.of(2024, 2, 29));
        RetentionVerdict lastDay = Retention.evaluate(VGZ, contract, List.empty(), LocalDate.of(2031, 2, 28));
        assertEquals(Verdict.RETAIN, lastDay.verdict());
        assertEquals(Option.some(LocalDate.of(2031, 3, 1)), lastDay.mustEraseFrom());
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, contract, List.empty(), "2031-03-01"));
    }

    @Test
    void aRelationshipThatHasNotEndedKeepsItsContractDataWithThatReason() {
        RetentionVerdict v = Retention.evaluate(VGZ, record("vgz-i-contracts", null, null, null), List.empty(),
                LocalDate.of(2040, 1, 1));
        assertEquals(Verdict.RETAIN, v.verdict());
        assertTrue(v.reason().contains("relationship ended") && v.reason().contains("has not happened"), v.reason());
    }

    @Test
    void aFraudDossierChangedAgainAfterFiveYearsRunsEightYearsFromTheNewChange() {
        // 'Fraude': "8 jaar na de laatste inhoudelijke mutatie in het dossier"
        PersonalRecord first = record("vgz-viii-fraud", "fraud-investigation", RetentionTrigger.LAST_SUBSTANTIVE_CHANGE,
                LocalDate.of(2020, 6, 15));
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, first, List.empty(), "2028-06-16"));
        PersonalRecord changed = first.withTrigger(RetentionTrigger.LAST_SUBSTANTIVE_CHANGE, LocalDate.of(2025, 6, 16));
        assertEquals(Verdict.RETAIN, verdict(VGZ, changed, List.empty(), "2028-06-16"));
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, changed, List.empty(), "2033-06-17"));
    }

    @Test
    void aFraudDossierWithoutInvestigationMayGoAfterFourYearsAndMustGoAfterEight() {
        PersonalRecord noInvestigation = record("vgz-viii-fraud", "fraud-no-investigation",
                RetentionTrigger.LAST_SUBSTANTIVE_CHANGE, LocalDate.of(2020, 3, 1));
        assertEquals(Verdict.RETAIN, verdict(VGZ, noInvestigation, List.empty(), "2024-03-01"));
        assertEquals(Verdict.MAY_ERASE, verdict(VGZ, noInvestigation, List.empty(), "2024-03-02"));
        assertEquals(Verdict.MAY_ERASE, verdict(VGZ, noInvestigation, List.empty(), "2028-03-01"));
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, noInvestigation, List.empty(), "2028-03-02"));
    }

    @Test
    void aLawsuitStartedInYearSevenAndEndedInYearNineKeepsTheDossierUntilTheDayAfterItEnds() {
        // "Deze termijn kan langer worden indien bijvoorbeeld sprake is van een lopende rechtszaak."
        PersonalRecord fraud = record("vgz-viii-fraud", "fraud-investigation", RetentionTrigger.LAST_SUBSTANTIVE_CHANGE,
                LocalDate.of(2020, 1, 10));
        LegalHold lawsuit = LegalHold.onDossier("h1", "dossier-9", LegalHold.Reason.PENDING_LAWSUIT,
                LocalDate.of(2027, 3, 1));
        assertEquals(Verdict.ON_HOLD, verdict(VGZ, fraud, List.of(lawsuit), "2028-06-01"));
        LegalHold ended = lawsuit.liftedOn(LocalDate.of(2029, 5, 20));
        assertEquals(Verdict.ON_HOLD, verdict(VGZ, fraud, List.of(ended), "2029-05-19"));
        assertEquals(Verdict.RETAIN, verdict(VGZ, fraud, List.of(ended), "2029-05-20"));
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, fraud, List.of(ended), "2029-05-21"));
        // a hold lifted before the period ended changes nothing: the rule's own end holds
        LegalHold early = lawsuit.liftedOn(LocalDate.of(2027, 9, 1));
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, fraud, List.of(early), "2028-01-11"));
    }

    @Test
    void cameraFootageMayGoAnyDayAndMustBeGoneOnDay29() {
        // 'Camerabeelden': "overschreven na een beperkt aantal dagen. Deze termijn is nooit langer dan 4 weken."
        PersonalRecord footage = new PersonalRecord("cam-1", S, "vgz-visitors", List.of("camera-footage"),
                Option.none(), false, Option.none(), Option.none(),
                HashMap.of(RetentionTrigger.RECORDED, LocalDate.of(2026, 3, 2)));
        assertEquals(Verdict.MAY_ERASE, verdict(VGZ, footage, List.empty(), "2026-03-02"));
        assertEquals(Verdict.MAY_ERASE, verdict(VGZ, footage, List.empty(), "2026-03-30"), "day 28");
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, footage, List.empty(), "2026-03-31"), "day 29");
    }

    @Test
    void complaintsAreKeptTwoYearsWithoutAndSevenYearsWithAFinancialComponent() {
        LocalDate closed = LocalDate.of(2026, 5, 4);
        PersonalRecord plain = record("vgz-ii-administration", "complaint-no-financial",
                RetentionTrigger.PROCEDURE_CLOSED, closed);
        PersonalRecord financial = record("vgz-ii-administration", "complaint-financial",
                RetentionTrigger.PROCEDURE_CLOSED, closed);
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, plain, List.empty(), "2028-05-05"));
        assertEquals(Verdict.RETAIN, verdict(VGZ, financial, List.empty(), "2028-05-05"));
        assertEquals(Verdict.MUST_ERASE, verdict(VGZ, financial, List.empty(), "2033-05-05"));
        PersonalRecord unnamed = record("vgz-ii-administration", null, RetentionTrigger.PROCEDURE_CLOSED, closed);
        assertTrue(Retention.evaluate(VGZ, unnamed, List.empty(), LocalDate.of(2040, 1, 1)).reason()
                .contains("no single retention rule"), "a purpose with several rules needs the record to name one");
    }

    @Test
    void aZorggenootQuestionCompletedOn31DecemberIsGoneFrom1JanuaryThreeYearsLater() {
        // 'Hoe lang bewaren wij…': "na de afronding van jouw vraagstuk, uiterlijk drie jaar ... verwijderen en/of
        // anonimiseren"
        PersonalRecord question = new PersonalRecord("q-1", S, "zg-service", List.of("care-question"), Option.none(),
                true, Option.none(), Option.none(),
                HashMap.of(RetentionTrigger.QUESTION_COMPLETED, LocalDate.of(2025, 12, 31)));
        RetentionVerdict v = Retention.evaluate(ZORGGENOOT, question, List.empty(), LocalDate.of(2028, 12, 31));
        assertEquals(Verdict.MAY_ERASE, v.verdict());
        assertEquals(io.github.grondslag.domain.register.RetentionAction.ERASE_OR_ANONYMISE, v.action());
        assertEquals(Verdict.MUST_ERASE, verdict(ZORGGENOOT, question, List.empty(), "2029-01-01"));
    }

    @Test
    void anErasureRequestMeetsRetention() {
        // VGZ 'Verwijderen': "omdat wij wettelijk verplicht zijn om uw gegevens nog te bewaren" → 17(3)(b), with
        // the date; a held dossier → 17(3)(e); Zorggenoot's contract data under a maximum only → erased now.
        LocalDate answered = LocalDate.of(2026, 6, 1);
        PersonalRecord fraud = record("vgz-viii-fraud", "fraud-investigation", RetentionTrigger.LAST_SUBSTANTIVE_CHANGE,
                LocalDate.of(2024, 2, 29));
        ErasureDecision kept = ErasureDecision.decide(VGZ, List.of(fraud), r -> List.empty(), answered).head();
        assertEquals(Option.some(RefusalGround.LEGAL_RETENTION_OBLIGATION), kept.keptOn());
        assertEquals(Option.some(LocalDate.of(2032, 3, 1)), kept.erasedFrom());
        assertTrue(kept.refusal().get().reason().contains("2032-03-01"));
        assertEquals("AVG 17(3)(b)", kept.refusal().get().citation().toString());

        LegalHold lawsuit = LegalHold.onRecord("h", "rec-1", LegalHold.Reason.PENDING_LAWSUIT, LocalDate.of(2026, 1, 1));
        assertEquals(Option.some(RefusalGround.LEGAL_CLAIMS),
                ErasureDecision.decide(VGZ, List.of(fraud), r -> List.of(lawsuit), answered).head().keptOn());

        PersonalRecord question = new PersonalRecord("q-1", S, "zg-service", List.of("care-question"), Option.none(),
                true, Option.none(), Option.none(),
                HashMap.of(RetentionTrigger.QUESTION_COMPLETED, LocalDate.of(2026, 5, 1)));
        assertTrue(ErasureDecision.decide(ZORGGENOOT, List.of(question), r -> List.empty(), answered).head().erase());
    }

    @Test
    void anErasureRequestDuringARunningContractIsRefusedAsStillNecessaryAndAnOfficialHoldCites17_3_b() {
        LocalDate answered = LocalDate.of(2026, 6, 1);
        PersonalRecord running = record("vgz-i-contracts", null, null, null);
        ErasureDecision kept = ErasureDecision.decide(VGZ, List.of(running), r -> List.empty(), answered).head();
        assertEquals(Option.some(RefusalGround.STILL_NECESSARY), kept.keptOn());
        assertEquals("AVG 17(1)(a)", kept.refusal().get().citation().toString());

        PersonalRecord ended = record("vgz-i-contracts", null, RetentionTrigger.RELATIONSHIP_ENDED,
                LocalDate.of(2025, 1, 1));
        assertTrue(ErasureDecision.decide(VGZ, List.of(ended), r -> List.empty(), answered).head().erase(),
                "a contract purpose's own 7 years are no 17(3) ground once the relationship has ended");
        LegalHold inquiry = LegalHold.onRecord("h", "rec-1", LegalHold.Reason.OFFICIAL_INVESTIGATION,
                LocalDate.of(2026, 1, 1));
        assertEquals(Option.some(RefusalGround.LEGAL_RETENTION_OBLIGATION),
                ErasureDecision.decide(VGZ, List.of(ended), r -> List.of(inquiry), answered).head().keptOn());
    }

    @Test
    void aRecordWhoseRetentionRanOutIsNotProcessedWhateverElseAllows() {
        PersonalRecord old = record("vgz-i-contracts", null, RetentionTrigger.RELATIONSHIP_ENDED,
                LocalDate.of(2015, 3, 1));
        io.github.grondslag.domain.decision.Operation use = io.github.grondslag.domain.decision.Operation.use(S,
                "care-providers", "vgz-i-contracts", List.of("contact-details"));
        io.github.grondslag.domain.decision.Decider decider = io.github.grondslag.domain.decision.Decider.of(VGZ);
        io.github.grondslag.domain.subject.SubjectState state = io.github.grondslag.domain.subject.SubjectState.empty(S);
        java.time.Instant at = java.time.Instant.parse("2026-06-01T10:00:00Z");
        assertTrue(decider.decide(use, state, List.empty(), at).isPermitted());
        io.github.grondslag.domain.decision.Decision d = decider.decide(use, state, List.empty(), at,
                Retention.evaluate(VGZ, old, List.empty(), LocalDate.of(2026, 6, 1)));
        assertEquals("[AVG 5(1)(e)] the record's retention ended on 2022-03-01; it must be erased, not processed",
                ((io.github.grondslag.domain.decision.Decision.Denied) d).reasons().head().toString());
        PersonalRecord fresh = record("vgz-i-contracts", null, RetentionTrigger.RELATIONSHIP_ENDED,
                LocalDate.of(2024, 2, 29));
        assertTrue(decider.decide(use, state, List.empty(), at,
                Retention.evaluate(VGZ, fresh, List.empty(), LocalDate.of(2026, 6, 1))).isPermitted());
    }
}

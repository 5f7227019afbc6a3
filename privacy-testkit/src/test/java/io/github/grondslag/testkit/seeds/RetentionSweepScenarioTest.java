package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.retention.ErasureDecision;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.retention.RetentionSweep;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.usecase.RetentionUseCases;
import io.github.grondslag.testkit.memory.FixedRegister;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.github.grondslag.testkit.memory.InMemoryStore;
import io.github.grondslag.testkit.memory.TestClock;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep and erasure requests on VGZ's register, through the ports, on the in-memory adapters. */
class RetentionSweepScenarioTest {

    private static final SubjectId S = SubjectId.of("relation-4711");

    private static PersonalRecord record(String id, String purpose, String rule, RetentionTrigger trigger,
                                         LocalDate date) {
        return new PersonalRecord(id, S, purpose, List.of("contact-details"), Option.none(), true,
                Option.some("dossier-" + id), Option.of(rule), HashMap.of(trigger, date));
    }

    @Test
    void theSweepDecidesEveryRecordOfTheCatalogueAndAuditsEachVerdictWithoutIds() {
        InMemoryStore catalogue = new InMemoryStore()
                .add(record("old-contract", "vgz-i-contracts", null, RetentionTrigger.RELATIONSHIP_ENDED,
                        LocalDate.of(2015, 3, 1)))
                .add(record("new-contract", "vgz-i-contracts", null, RetentionTrigger.RELATIONSHIP_ENDED,
                        LocalDate.of(2024, 2, 29)))
                .add(record("fraud", "vgz-viii-fraud", "fraud-investigation", RetentionTrigger.LAST_SUBSTANTIVE_CHANGE,
                        LocalDate.of(2015, 1, 1)))
                .add(record("window", "vgz-viii-fraud", "fraud-no-investigation",
                        RetentionTrigger.LAST_SUBSTANTIVE_CHANGE, LocalDate.of(2020, 1, 1)));
        InMemoryStore audit = catalogue;
        RetentionUseCases retention = new RetentionUseCases(new FixedRegister(SeedRegistersAccess.vgz()), catalogue,
                catalogue, catalogue, InMemoryPrivacy.TEST_PSEUDONYMS, new TestClock(Instant.parse("2026-06-01T08:00:00Z")),
                ZoneId.of("Europe/Amsterdam"));
        assertTrue(retention.placeHold(LegalHold.onDossier("lawsuit", "dossier-fraud", LegalHold.Reason.PENDING_LAWSUIT,
                LocalDate.of(2022, 5, 1))).isRight());

        java.util.List<RetentionVerdict> verdicts = new ArrayList<>();
        RetentionSweep.Summary summary = retention.sweep(verdicts::add);
        assertEquals(new RetentionSweep.Summary(1, 1, 1, 1), summary);
        // the catalogue is read in the order of the record ids
        assertEquals(List.of("on_hold", "retain", "must_erase", "may_erase"), List.ofAll(verdicts)
                .map(v -> v.verdict().name().toLowerCase()));
        assertEquals(5, audit.entries().size(), "the hold placed, and a verdict per record");
        assertFalse(audit.entries().exists(e -> e.toString().contains("relation-4711") || e.toString().contains("rec")));
    }

    /** 17(3)(e): a hold is lifted once, not before it was placed, and the sweep then decides the record again. */
    @Test
    void aLegalHoldIsLiftedOnceAndNotBeforeItWasPlacedAndTheRecordIsThenSweptByItsRule() {
        InMemoryStore catalogue = new InMemoryStore()
                .add(record("fraud", "vgz-viii-fraud", "fraud-investigation", RetentionTrigger.LAST_SUBSTANTIVE_CHANGE,
                        LocalDate.of(2015, 1, 1)));
        RetentionUseCases retention = new RetentionUseCases(new FixedRegister(SeedRegistersAccess.vgz()), catalogue,
                catalogue, catalogue, InMemoryPrivacy.TEST_PSEUDONYMS, new TestClock(Instant.parse("2026-06-01T08:00:00Z")),
                ZoneId.of("Europe/Amsterdam"));
        LegalHold hold = LegalHold.onDossier("lawsuit", "dossier-fraud", LegalHold.Reason.PENDING_LAWSUIT,
                LocalDate.of(2022, 5, 1));
        assertTrue(retention.placeHold(hold).isRight());
        assertTrue(retention.placeHold(hold).isLeft(), "a hold with this id exists");
        assertEquals(List.of("on_hold"), sweep(retention));

        assertTrue(retention.liftHold("no-such-hold", LocalDate.of(2026, 5, 1)).isLeft());
        assertTrue(retention.liftHold("lawsuit", LocalDate.of(2022, 4, 30)).isLeft(), "before it was placed");
        assertEquals(Option.none(), catalogue.hold("lawsuit").flatMap(LegalHold::lifted), "a refusal writes nothing");
        LegalHold lifted = retention.liftHold("lawsuit", LocalDate.of(2026, 5, 1)).get();
        assertEquals(Option.some(LocalDate.of(2026, 5, 1)), lifted.lifted());
        assertEquals(Option.some(lifted), catalogue.hold("lawsuit"));
        assertTrue(retention.liftHold("lawsuit", LocalDate.of(2026, 5, 2)).isLeft(), "lifted already");
        assertEquals(Option.some(LocalDate.of(2026, 5, 1)), catalogue.hold("lawsuit").flatMap(LegalHold::lifted));
        assertFalse(sweep(retention).contains("on_hold"));
    }

    private static List<String> sweep(RetentionUseCases retention) {
        java.util.List<RetentionVerdict> verdicts = new ArrayList<>();
        retention.sweep(verdicts::add);
        return List.ofAll(verdicts).map(v -> v.verdict().name().toLowerCase());
    }

    @Test
    void anErasureRequestIsRefusedWithItsDateForDataUnderALegalObligationAndCarriedOutForTheRest() {
        InMemoryStore catalogue = new InMemoryStore()
                .add(record("fraud", "vgz-viii-fraud", "fraud-investigation", RetentionTrigger.LAST_SUBSTANTIVE_CHANGE,
                        LocalDate.of(2024, 2, 29)))
                .add(record("crm", "vgz-iv-relationship", null, RetentionTrigger.RELATIONSHIP_ENDED,
                        LocalDate.of(2025, 1, 1)));
        InMemoryStore audit = catalogue;
        RetentionUseCases retention = new RetentionUseCases(new FixedRegister(SeedRegistersAccess.vgz()), catalogue,
                catalogue, catalogue, InMemoryPrivacy.TEST_PSEUDONYMS, new TestClock(Instant.parse("2026-06-01T08:00:00Z")),
                ZoneId.of("Europe/Amsterdam"));
        List<ErasureDecision> decisions = retention.erasure(S);
        assertEquals(Option.some(RefusalGround.LEGAL_RETENTION_OBLIGATION), decisions.head().keptOn());
        assertEquals(Option.some(LocalDate.of(2032, 3, 1)), decisions.head().erasedFrom());
        assertTrue(decisions.last().erase(), "§IV rests on legitimate interests and names no period: erased");
        assertEquals(List.of("keep", "erase"), audit.entries().map(e -> e.outcome().name().toLowerCase()));
    }
}

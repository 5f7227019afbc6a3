package io.github.grondslag.testkit.seeds;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.usecase.ConsentUseCases;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.domain.usecase.Refusal;
import io.github.grondslag.testkit.memory.FixedRegister;
import io.github.grondslag.testkit.memory.TestClock;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The use cases on the journal store, end to end on Zorggenoot's register, across a restart. */
class JournalUseCasesTest {

    private static final Register ZORGGENOOT = SeedRegisters.read(SeedRegisters.ZORGGENOOT);
    private static final SubjectId CARER = SubjectId.of("relation-4711");
    private static final Pseudonyms KEY = Pseudonyms.withKey(
            "the controller's own key, kept outside the store".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void consentDecisionsAndTheirAuditSurviveARestartAndTheSubjectsEntriesAreFoundByTheKey() {
        TestClock clock = new TestClock(Instant.parse("2026-01-05T09:00:00Z"));
        Operation offer = Operation.use(CARER, ZORGGENOOT.purpose("zg-offers").get().subjectCategories().head(),
                "zg-offers", ZORGGENOOT.purpose("zg-offers").get().dataCategories().take(1));
        try (JournalStore store = JournalStore.open(dir)) {
            ConsentUseCases consents = new ConsentUseCases(new FixedRegister(ZORGGENOOT), store, store, KEY, clock);
            Refusal tooLong = consents.give(CARER, "zg-offers", Channel.WEB_FORM, "x".repeat(70_000)).getLeft();
            assertInstanceOf(Refusal.Unstorable.class, tooLong, "refused, never acknowledged and then unreadable");
            assertTrue(consents.give(CARER, "zg-offers", Channel.WEB_FORM, "form-81").isRight());
        }
        clock.advance(Duration.ofDays(1));
        try (JournalStore store = JournalStore.open(dir)) {
            ProcessingDecisions decisions = new ProcessingDecisions(new FixedRegister(ZORGGENOOT), store, store,
                    store, KEY, clock);
            assertSame(Decision.PERMITTED, decisions.decide(offer));
            List<ChainedEntry> mine = store.entriesOf(KEY.of(CARER));
            assertEquals(List.of(AuditAction.CONSENT_GIVEN + " " + Outcome.TOO_LARGE,
                            AuditAction.CONSENT_GIVEN + " " + Outcome.DONE,
                            AuditAction.PROCESSING_DECIDED + " " + Outcome.PERMITTED),
                    mine.map(c -> c.entry().action() + " " + c.entry().outcome()));
            assertTrue(store.verify().intact());
            assertEquals(List.empty(), store.entriesOf(KEY.of(SubjectId.of("someone-else"))));
        }
    }
}

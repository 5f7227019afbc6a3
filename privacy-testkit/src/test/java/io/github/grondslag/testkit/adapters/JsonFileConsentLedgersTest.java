package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.JsonFileConsentLedgers;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.contract.ConsentLedgersContract;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The durable JSON-file consent store keeps the contract, survives a crash mid-write, and names no subject. */
class JsonFileConsentLedgersTest implements ConsentLedgersContract {

    @TempDir
    Path dir;

    private int stores;

    @Override
    public ConsentLedgers newStore() {
        return new JsonFileConsentLedgers(dir.resolve("store-" + stores++));
    }

    private static ConsentLedger given(SubjectId subject) {
        return new ConsentLedger(subject, "zg-offers", List.of(new ConsentEvent.Given(
                Instant.parse("2026-03-02T09:00:00Z"), Option.some(LocalDate.of(2023, 5, 1)), Channel.WEB_FORM,
                "form-1")));
    }

    @Test
    void aLedgerIsReadBackEqualByAFreshStoreOnTheSameDirectory() {
        SubjectId subject = SubjectId.of("klant-4711");
        new JsonFileConsentLedgers(dir).save(given(subject), 0);
        assertEquals(given(subject), new JsonFileConsentLedgers(dir).ledger(subject, "zg-offers"));
    }

    @Test
    void aCrashBeforeTheRenameLeavesTheAcknowledgedLedgerReadable() throws IOException {
        SubjectId subject = SubjectId.of("klant-4711");
        JsonFileConsentLedgers store = new JsonFileConsentLedgers(dir);
        store.save(given(subject), 0);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        // a writer died after writing half of its temporary file
        Files.writeString(dir.resolve(file.getFileName() + ".tmp"), "{\"format\":1,\"subj");
        assertEquals(given(subject), new JsonFileConsentLedgers(dir).ledger(subject, "zg-offers"));
        assertTrue(new JsonFileConsentLedgers(dir).save(given(subject).withdraw(
                Instant.parse("2026-04-01T09:00:00Z"), Channel.EMAIL_LINK).get(), 1).isRight(),
                "the next write replaces the stale temporary file");
    }

    @Test
    void noFileNameHoldsTheSubjectId() throws IOException {
        new JsonFileConsentLedgers(dir).save(given(SubjectId.of("klant-4711")), 0);
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains("4711")));
        }
    }

    @Test
    void aDamagedFileIsReportedByNameWithoutItsContent() throws IOException {
        SubjectId subject = SubjectId.of("klant-4711");
        JsonFileConsentLedgers store = new JsonFileConsentLedgers(dir);
        store.save(given(subject), 0);
        try (Stream<Path> files = Files.list(dir)) {
            Files.writeString(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow(), "{oops");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.ledger(subject, "zg-offers"));
        assertTrue(e.getMessage().contains("cannot be read back"), e.getMessage());
        assertFalse(e.getMessage().contains("4711"), e.getMessage());
    }
}

package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.adapters.json.store.StoreError;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainBreak;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The defects measured on the per-file stores, each with the journal store's answer (docs/stores.md). */
class JournalStoreTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path root;

    private static AuditEntry entry(String subject) {
        return AuditEntry.ofPurpose(AT, AuditAction.CONSENT_GIVEN, Outcome.DONE,
                InMemoryPrivacy.TEST_PSEUDONYMS.of(SubjectId.of(subject)), Option.some("p"),
                List.of(Citation.avg("7(1)")));
    }

    private static Either<NotCommitted, Change> give(JournalStore store, String subject, String evidence) {
        ConsentLedger before = store.ledger(SubjectId.of(subject), "p");
        ConsentEvent.Given given = new ConsentEvent.Given(AT.plusSeconds(before.version()), Option.none(),
                Channel.WEB_FORM, evidence);
        ConsentLedger after = new ConsentLedger(before.subject(), "p", before.events().append(given));
        return store.commit(Change.of(new Write.Consent(after, before.version()), entry(subject)));
    }

    private static Either<NotCommitted, Change> withdraw(JournalStore store, String subject) {
        ConsentLedger before = store.ledger(SubjectId.of(subject), "p");
        ConsentLedger after = new ConsentLedger(before.subject(), "p", before.events().append(
                new ConsentEvent.Withdrawn(AT.plusSeconds(before.version()), Channel.EMAIL)));
        return store.commit(Change.of(new Write.Consent(after, before.version()), entry(subject)));
    }

    @Test
    void aTornLastLineIsReportedAndCutAndEverythingBeforeItIsKept() throws IOException {
        Path dir = root.resolve("s");
        try (JournalStore store = JournalStore.open(dir)) {
            for (int i = 0; i < 5; i++) {
                assertTrue(give(store, "subject-" + i, "form-" + i).isRight());
            }
        }
        long good = Files.size(dir.resolve(JournalStore.JOURNAL));
        Files.write(dir.resolve(JournalStore.JOURNAL), "0badf00d {\"n\":6,\"wri".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(6, store.recovery().tornTail().get().line());
            assertEquals(good, Files.size(dir.resolve(JournalStore.JOURNAL)), "the torn line is cut");
            for (int i = 0; i < 5; i++) {
                assertEquals(1, store.ledger(SubjectId.of("subject-" + i), "p").version());
            }
            assertTrue(give(store, "subject-5", "form-5").isRight());
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertTrue(store.recovery().tornTail().isEmpty());
            assertEquals(1, store.ledger(SubjectId.of("subject-5"), "p").version());
            assertTrue(store.verify().intact());
        }
    }

    /**
     * A crash between the journal's write and its force leaves any prefix of the last line on disk. Cut
     * at every byte of the last line, the store opens with every earlier commit, reports the torn tail,
     * and holds nothing of the cut commit.
     */
    @Test
    void aCommitCutAtAnyByteBeforeItsForceLeavesEveryEarlierCommitAndNothingOfIt() throws IOException {
        Path dir = root.resolve("s");
        try (JournalStore store = JournalStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                give(store, "subject-" + i, "form-" + i);
            }
        }
        byte[] full = Files.readAllBytes(dir.resolve(JournalStore.JOURNAL));
        int lastLine = full.length - 1;
        while (lastLine > 0 && full[lastLine - 1] != '\n') {
            lastLine--;
        }
        for (int cut = lastLine; cut < full.length; cut++) {
            Path copy = root.resolve("cut-" + cut);
            Files.createDirectories(copy);
            Files.write(copy.resolve(JournalStore.JOURNAL), java.util.Arrays.copyOf(full, cut));
            try (JournalStore store = JournalStore.open(copy)) {
                assertEquals(1, store.ledger(SubjectId.of("subject-0"), "p").version(), "cut at " + cut);
                assertEquals(1, store.ledger(SubjectId.of("subject-1"), "p").version(), "cut at " + cut);
                assertEquals(0, store.ledger(SubjectId.of("subject-2"), "p").version(), "cut at " + cut);
                assertEquals(cut > lastLine, store.recovery().tornTail().isDefined(), "cut at " + cut);
                assertEquals(2, store.verify().entries());
                assertTrue(store.verify().intact());
            }
        }
    }

    @Test
    void aDamagedLineWithLinesAfterItIsRefusedByNumberAndNothingIsChanged() throws IOException {
        Path dir = root.resolve("s");
        try (JournalStore store = JournalStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                give(store, "subject-" + i, "form-" + i);
            }
        }
        Path journal = dir.resolve(JournalStore.JOURNAL);
        byte[] bytes = Files.readAllBytes(journal);
        int secondLine = indexOf(bytes, (byte) '\n', 0) + 1;
        bytes[secondLine + 20] ^= 0x01;
        Files.write(journal, bytes);
        StoreError e = assertThrows(StoreError.class, () -> JournalStore.open(dir));
        assertTrue(e.getMessage().contains("damaged at line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("form-"), "no content in the message");
        assertArrayEquals(bytes, Files.readAllBytes(journal), "nothing was cut or rewritten");
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anEvidenceReferenceTheReaderWouldRefuseIsNotAcknowledgedAndNamesItsField() {
        try (JournalStore store = JournalStore.open(root.resolve("s"))) {
            Either<NotCommitted, Change> refused = give(store, "s-1", "x".repeat(70_000));
            TooLarge tooLarge = assertInstanceOf(TooLarge.class, refused.getLeft());
            assertTrue(tooLarge.what().endsWith("evidenceReference"), tooLarge.what());
            assertEquals(70_000, tooLarge.size());
            assertEquals(0, store.ledger(SubjectId.of("s-1"), "p").version(), "nothing applied");
            assertEquals(0, store.verify().entries(), "nor audited as done");
        }
        try (JournalStore store = JournalStore.open(root.resolve("s"))) {
            assertEquals(0, store.ledger(SubjectId.of("s-1"), "p").version());
        }
    }

    @Test
    void aLongRequestIdIsRefusedAndEveryOtherRequestStaysReadable() {
        try (JournalStore store = JournalStore.open(root.resolve("s"))) {
            RightsRequest ok = RightsRequest.received("req-1", SubjectId.of("s-1"), RequestType.ACCESS, AT);
            assertTrue(store.commit(Change.of(new Write.Request(ok, 0), entry("s-1"))).isRight());
            RightsRequest longId = RightsRequest.received("r".repeat(70_000), SubjectId.of("s-1"), RequestType.ACCESS,
                    AT);
            assertTrue(store.commit(Change.of(new Write.Request(longId, 0), entry("s-1"))).isLeft());
        }
        try (JournalStore store = JournalStore.open(root.resolve("s"))) {
            assertTrue(store.find("req-1").isDefined());
            assertEquals(1, store.open().size());
        }
    }

    @Test
    void aLedgerPastFiveMebibytesCanStillBeWithdrawnAndReadBackAfterCompaction() {
        Path dir = root.resolve("s");
        String evidence = "e".repeat(4_000);
        try (JournalStore store = JournalStore.open(dir)) {
            for (int i = 0; i < 1_500; i++) {
                assertTrue((i % 2 == 0 ? give(store, "s-1", evidence + i) : withdraw(store, "s-1")).isRight());
            }
            assertTrue(withdraw(store, "s-1").isRight(), "7(3): the subject can always withdraw");
            store.compact();
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(1_501, store.ledger(SubjectId.of("s-1"), "p").version());
            assertTrue(give(store, "s-1", "again").isRight(), "the ledger goes on after reopening");
            assertEquals(1_502, store.ledger(SubjectId.of("s-1"), "p").version());
            assertTrue(store.verify().intact());
        }
    }

    @Test
    void theDirectoryAndItsFilesAreTheOwnersOnlyAndNoFileNameHoldsAnId() throws IOException {
        Path dir = root.resolve("s");
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (JournalStore store = JournalStore.open(dir)) {
            give(store, "j.jansen@example.nl", "form-1");
            store.compact();
            give(store, "123456782", "form-2");
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        Set<String> names;
        try (var files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of(JournalStore.JOURNAL, JournalStore.SNAPSHOT, JournalStore.LOCK), names);
        for (String name : names) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))),
                    name);
        }
    }

    @Test
    void aStoreOpenedTwiceInOneProcessIsAClearErrorAndTheFirstKeepsWorking() {
        Path dir = root.resolve("s");
        try (JournalStore store = JournalStore.open(dir)) {
            StoreError e = assertThrows(StoreError.class, () -> JournalStore.open(dir));
            assertTrue(e.getMessage().contains("open already in this process"), e.getMessage());
            assertTrue(give(store, "s-1", "form").isRight());
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(1, store.ledger(SubjectId.of("s-1"), "p").version());
        }
    }

    @Test
    void filesOfThePerFileStoresAreRefusedWithHowToImportThem() throws IOException {
        Path dir = root.resolve("s");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("consent-" + "0".repeat(32) + "-" + "1".repeat(32) + ".json"), "{}");
        StoreError e = assertThrows(StoreError.class, () -> JournalStore.open(dir));
        assertTrue(e.getMessage().contains("per-file JSON stores") && e.getMessage().contains("import"),
                e.getMessage());
    }

    @Test
    void filesOfThePerFileStoresAreImportedFromADirectoryOfTheirOwn() throws IOException {
        Path old = root.resolve("old");
        Files.createDirectories(old);
        Files.writeString(old.resolve("consent-" + "0".repeat(32) + "-" + "1".repeat(32) + ".json"), """
                {"format": 1, "subject": "s-1", "purposeId": "p", "events": [
                  {"type": "given", "at": "2024-03-01T10:00:00Z", "channel": "WEB_FORM", "evidenceReference": "f-1"},
                  {"type": "withdrawn", "at": "2024-04-01T10:00:00Z", "channel": "EMAIL"}]}""");
        Files.writeString(old.resolve("request-" + "2".repeat(32) + "-" + "3".repeat(32) + ".json"), """
                {"format": 1, "id": "req-1", "subject": "s-1", "events": [
                  {"type": "received", "at": "2024-03-01T10:00:00Z", "requestType": "ACCESS"}]}""");
        Files.writeString(old.resolve("state-" + "4".repeat(32) + "-" + "5".repeat(32) + ".json"), """
                {"format": 1, "subject": "s-1", "version": 1, "restrictions": [
                  {"id": "r1", "ground": "ACCURACY_CONTESTED", "from": "2024-03-01T10:00:00Z",
                   "consentedPurposes": []}], "objections": []}""");
        try (JournalStore store = JournalStore.open(root.resolve("new"))) {
            assertEquals(3, store.importPerFileStores(old));
        }
        try (JournalStore store = JournalStore.open(root.resolve("new"))) {
            assertEquals(2, store.ledger(SubjectId.of("s-1"), "p").version());
            assertEquals(RequestType.ACCESS, store.find("req-1").get().type());
            assertEquals(1, store.state(SubjectId.of("s-1")).restrictions().size());
            StoreError again = assertThrows(StoreError.class, () -> store.importPerFileStores(old));
            assertTrue(again.getMessage().contains("holds one of the aggregates already"), again.getMessage());
        }
    }

    @Test
    void anAuditEntryRewrittenInTheJournalIsNamedByTheVerification() throws IOException {
        Path dir = root.resolve("s");
        try (JournalStore store = JournalStore.open(dir)) {
            for (int i = 0; i < 4; i++) {
                give(store, "s-" + i, "form");
            }
        }
        // rewrite entry 2's outcome, and its line's checksum, as someone with write access could
        Path journal = dir.resolve(JournalStore.JOURNAL);
        java.util.List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        String json = lines.get(1).substring(9).replace("\"outcome\":\"DONE\"", "\"outcome\":\"REJECTED\"");
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        lines.set(1, String.format("%08x ", crc.getValue()) + json);
        Files.write(journal, lines, StandardCharsets.UTF_8);
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(Option.some(new ChainBreak(2, ChainBreak.Kind.CHANGED)), store.verify().firstBreak());
        }
    }

    @Test
    void compactionKeepsEveryAggregateAndEntryAndEmptiesTheJournal() {
        Path dir = root.resolve("s");
        List<String> subjects = List.range(0, 50).map(i -> "s-" + i);
        try (JournalStore store = JournalStore.open(dir)) {
            subjects.forEach(s -> give(store, s, "form"));
            store.compact();
            subjects.take(10).forEach(s -> withdraw(store, s));
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(List.fill(10, 2L).appendAll(List.fill(40, 1L)),
                    subjects.map(s -> store.ledger(SubjectId.of(s), "p").version()));
            assertEquals(60, store.verify().entries());
            assertTrue(store.verify().intact());
            assertTrue(Arrays.asList(0L, 10L).contains(store.recovery().journalLines()));
        }
    }
}

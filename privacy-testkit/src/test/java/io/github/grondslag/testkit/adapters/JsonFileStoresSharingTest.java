package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.JsonFileConsentLedgers;
import io.github.grondslag.adapters.json.JsonFileRightsRequests;
import io.github.grondslag.adapters.json.JsonFileSubjectStates;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file stores when several instances, or several kinds of store, share one directory; damaged files. */
class JsonFileStoresSharingTest {

    @TempDir
    Path dir;

    private static final SubjectId S = SubjectId.of("klant-4711");
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private static ConsentLedger given(String purpose, String evidence) {
        return new ConsentLedger(S, purpose, List.of(new ConsentEvent.Given(T, Option.none(), Channel.WEB_FORM,
                evidence)));
    }

    @Test
    void twoInstancesOnOneDirectoryNeverBothWinAndTheWinnerIsWhatIsOnDisk() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                String purpose = "p" + round;
                JsonFileConsentLedgers a = new JsonFileConsentLedgers(dir);
                JsonFileConsentLedgers b = new JsonFileConsentLedgers(dir);
                CountDownLatch start = new CountDownLatch(1);
                Future<Either<ConcurrentChange, ConsentLedger>> fa = pool.submit(() -> {
                    start.await();
                    return a.save(given(purpose, "from-a"), 0);
                });
                Future<Either<ConcurrentChange, ConsentLedger>> fb = pool.submit(() -> {
                    start.await();
                    return b.save(given(purpose, "from-b"), 0);
                });
                start.countDown();
                Either<ConcurrentChange, ConsentLedger> ra = fa.get();
                Either<ConcurrentChange, ConsentLedger> rb = fb.get();
                assertTrue(ra.isRight() ^ rb.isRight(), "exactly one writer wins, round " + round);
                ConsentLedger winner = ra.isRight() ? ra.get() : rb.get();
                assertEquals(winner, new JsonFileConsentLedgers(dir).ledger(S, purpose), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentKindsOfStoreShareADirectoryWithoutMeetingEachOther() {
        new JsonFileConsentLedgers(dir).save(given("state", "e"), 0);
        SubjectState state = SubjectState.empty(SubjectId.of("requests"))
                .restrict("r", RestrictionGround.ACCURACY_CONTESTED, T).get();
        new JsonFileSubjectStates(dir).save(state, 0);
        new JsonFileRightsRequests(dir).save(RightsRequest.received("req", S, RequestType.ACCESS, T), 0);
        assertEquals(given("state", "e"), new JsonFileConsentLedgers(dir).ledger(S, "state"));
        assertEquals(List.of(given("state", "e")), new JsonFileConsentLedgers(dir).ledgers(S));
        assertEquals(state, new JsonFileSubjectStates(dir).state(SubjectId.of("requests")));
        assertEquals(List.of("req"), new JsonFileRightsRequests(dir).open().map(RightsRequest::id));
    }

    private Path onlyFile(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
    }

    @Test
    void anUnknownObjectionOutcomeIsAnErrorNeverAPendingObjection() throws IOException {
        SubjectState state = SubjectState.empty(S)
                .object(io.github.grondslag.testkit.seeds.SeedRegistersAccess.vgz().purpose("vgz-iv-relationship").get(),
                        T).get().uphold("vgz-iv-relationship", T.plusSeconds(60)).get();
        new JsonFileSubjectStates(dir).save(state, 0);
        Path file = onlyFile("state-");
        Files.writeString(file, Files.readString(file).replace("\"upheld\"", "\"Upheld\""));
        assertThrows(IllegalStateException.class, () -> new JsonFileSubjectStates(dir).state(S));
    }

    @Test
    void aDamagedFileIsReportedWithoutItsContentAnywhereInTheTrace() throws IOException {
        new JsonFileConsentLedgers(dir).save(given("zg-offers", "form-1"), 0);
        Path file = onlyFile("consent-");
        Files.writeString(file, Files.readString(file).replace("WEB_FORM", "jan@example.nl"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new JsonFileConsentLedgers(dir).ledger(S, "zg-offers"));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains("jan@example.nl"), trace::toString);
        assertFalse(trace.toString().contains("4711"), trace::toString);
    }

    @Test
    void staleTemporaryFilesAreRemovedWhenAStoreOpens() throws IOException {
        Path stale = Files.writeString(dir.resolve("consent-abc.json123.tmp"), "{\"subject\":\"klant-4711\"");
        new JsonFileConsentLedgers(dir);
        assertFalse(Files.exists(stale));
    }
}

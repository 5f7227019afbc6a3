package io.github.grondslag.testkit.leak;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.adapters.json.store.JournalStore;
import io.github.grondslag.adapters.json.store.StoreError;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.domain.usecase.ConsentUseCases;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.domain.usecase.RetentionUseCases;
import io.github.grondslag.domain.usecase.RightsRequestUseCases;
import io.github.grondslag.domain.usecase.SubjectRightsUseCases;
import io.github.grondslag.testkit.cli.PrivacyCommand;
import io.github.grondslag.testkit.generators.PersonalDataGens;
import io.github.grondslag.testkit.memory.FixedRegister;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.github.grondslag.testkit.memory.InMemoryStore;
import io.github.grondslag.testkit.memory.TestClock;
import io.github.grondslag.testkit.property.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No personal data leaks (docs/reliability.md): generated names, e-mail addresses, BSNs, phone numbers
 * and free text go through every use case, both stores and the error paths, as subject ids, evidence,
 * request and restriction ids, unknown purpose ids and register values; none of it appears in a log
 * line (captured by {@link CapturingProvider}), a {@code toString}, an exception message or the
 * command's output.
 */
class PersonalDataLeakTest {

    private static final Register ZORGGENOOT = RegisterJson.read(Path.of("..", "docs", "registers", "zorggenoot.json"))
            .get();
    private static final Pseudonyms KEY = Pseudonyms.withKey("leak test key of at least thirty-two bytes"
            .getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private final AtomicInteger stores = new AtomicInteger();

    /** Everything the library said during one case: results, refusals, entries, messages, output. */
    private final List<String> said = new ArrayList<>();

    private void say(Object o) {
        said.add(String.valueOf(o));
    }

    @Test
    void personalDataGoesInEverywhereAndComesOutNowhere() {
        assertTrue(PersonalDataGens.elevenTest("111222333"), "the eleven test itself: 111222333 passes it");
        assertFalse(PersonalDataGens.elevenTest("123456789"));
        int logLinesBefore = CapturingProvider.LINES.size();
        Property.forAll(Grondslag.people()).tries(40).checkThat(person -> {
            said.clear();
            int firstLine = CapturingProvider.LINES.size();
            inMemory(person);
            onTheJournal(person);
            throughTheCommand(person);
            List<String> logged = CapturingProvider.LINES.subList(firstLine, CapturingProvider.LINES.size());
            for (String secret : person.values()) {
                for (String s : said) {
                    assertFalse(s.contains(secret), () -> "output holds personal data: " + s);
                }
                for (String line : logged) {
                    assertFalse(line.contains(secret), () -> "a log line holds personal data: " + line);
                }
            }
        });
        assertTrue(CapturingProvider.LINES.size() > logLinesBefore, "the capture saw the store's own log lines");
    }

    private void inMemory(PersonalDataGens.Person p) {
        InMemoryPrivacy zg = new InMemoryPrivacy(ZORGGENOOT, Instant.parse("2026-01-05T09:00:00Z"));
        SubjectId subject = SubjectId.of(p.email());
        say(zg.consents.give(subject, "zg-offers", Channel.PHONE, p.name() + " " + p.phone()));
        say(zg.consents.give(subject, p.bsn(), Channel.PHONE, p.text()));
        say(zg.consents.withdraw(subject, p.email(), Channel.EMAIL));
        say(zg.rights.restrict(subject, p.name(), RestrictionGround.ACCURACY_CONTESTED));
        say(zg.rights.object(subject, p.text()));
        say(zg.rights.lift(subject, p.phone()));
        say(zg.decisions.decide(Operation.use(subject, "carers", p.bsn(), io.vavr.collection.List.of("x"))));
        say(zg.store.ledgers(subject));
        say(zg.store.state(subject));
        say(zg.store.entries());
        say(zg.store.verify());
    }

    private void onTheJournal(PersonalDataGens.Person p) {
        Path where = dir.resolve("store-" + stores.incrementAndGet());
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SubjectId subject = SubjectId.of(p.bsn());
        try (JournalStore store = JournalStore.open(where)) {
            FixedRegister register = new FixedRegister(ZORGGENOOT);
            ConsentUseCases consents = new ConsentUseCases(register, store, store, KEY, clock);
            say(consents.give(subject, "zg-offers", Channel.WEB_FORM, p.text()));
            say(consents.give(subject, "zg-offers", Channel.WEB_FORM, p.name().repeat(10_000)));
            SubjectRightsUseCases rights = new SubjectRightsUseCases(register, store, store, KEY, clock);
            say(rights.restrict(subject, p.email(), RestrictionGround.UNLAWFUL_PROCESSING));
            say(rights.consentDespiteRestriction(subject, p.email(), p.phone()));
            RightsRequestUseCases requests = new RightsRequestUseCases(register, store, new Deadlines(
                    DutchCalendar.statutory(), Deadlines.AMSTERDAM, Deadlines.Suspension.SUSPEND), store, KEY, clock);
            say(requests.receive(p.email(), subject, RequestType.ACCESS));
            say(requests.receive(p.email(), subject, RequestType.ACCESS));
            say(requests.record(p.phone(), RequestEvent.Started::new));
            say(requests.extend(p.email(), 1, RequestEvent.ExtensionReason.COMPLEXITY));
            RetentionUseCases retention = new RetentionUseCases(register, store, store, store, KEY, clock,
                    ZoneId.of("Europe/Amsterdam"));
            say(retention.placeHold(LegalHold.onDossier(p.name(), p.bsn(), LegalHold.Reason.PENDING_LAWSUIT,
                    LocalDate.of(2026, 3, 2))));
            say(retention.liftHold(p.phone(), LocalDate.of(2026, 3, 3)));
            say(retention.erasure(subject));
            say(new ProcessingDecisions(register, store, store, store, KEY, clock).decide(Operation.use(subject,
                    p.name(), "zg-offers", io.vavr.collection.List.of(p.email()))));
            say(store.pending());
            say(store.of(subject));
            say(store.entriesOf(KEY.of(subject)));
            try {
                JournalStore.open(where);
            } catch (StoreError e) {
                say(e.getMessage());
            }
        }
        try {
            Files.writeString(where.resolve(JournalStore.JOURNAL), "0000 " + p.text(),
                    java.nio.file.StandardOpenOption.APPEND);
            try (JournalStore reopened = JournalStore.open(where)) {
                say(reopened.recovery());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void throughTheCommand(PersonalDataGens.Person p) {
        String register;
        try {
            register = Files.readString(Path.of("..", "docs", "registers", "zorggenoot.json"))
                    .replaceFirst("\"lawfulBases\"\\s*:\\s*\\[\\s*\"[a-z-]+\"", "\"lawfulBases\": [\"" + p.email() + "\"")
                    .replaceFirst("\"format\"\\s*:\\s*2", "\"format\": 2, \"" + p.name() + "\": \"" + p.text() + "\"");
            Path file = Files.writeString(dir.resolve("register-" + stores.incrementAndGet() + ".json"), register);
            for (String[] args : new String[][] {{"check", file.toString()}, {"check", "--format", "json",
                    file.toString()}, {"deadline", "--received", p.phone()}}) {
                // (a file path is repeated in messages: the caller's own argument, needed to say which file)
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = PrivacyCommand.run(args, new PrintWriter(out), new PrintWriter(err));
                assertEquals(2, code, () -> String.join(" ", args) + ": " + err);
                say(out);
                say(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

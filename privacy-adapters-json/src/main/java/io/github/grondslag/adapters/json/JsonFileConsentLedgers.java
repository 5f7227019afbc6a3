package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The consent store as JSON files in a directory, one file per subject and purpose, written
 * durably ({@link DurableFiles}) with optimistic concurrency. File names are hashes: no subject id
 * appears on disk outside the (protected) file contents. Within one JVM, writers to the same
 * ledger are serialised; the expected version decides who wins.
 */
public final class JsonFileConsentLedgers implements ConsentLedgers {

    record EventDoc(String type, String at, String statementVersion, String channel, String evidenceReference) {
    }

    record LedgerDoc(int format, String subject, String purposeId, java.util.List<EventDoc> events) {
    }

    private final Path directory;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public JsonFileConsentLedgers(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the consent store's directory", e);
        }
    }

    private Path file(SubjectId subject, String purposeId) {
        return directory.resolve(DurableFiles.name(subject.value()) + "-" + DurableFiles.name(purposeId) + ".json");
    }

    @Override
    public ConsentLedger ledger(SubjectId subject, String purposeId) {
        Path file = file(subject, purposeId);
        return Files.exists(file) ? read(file) : ConsentLedger.empty(subject, purposeId);
    }

    @Override
    public List<ConsentLedger> ledgers(SubjectId subject) {
        String prefix = DurableFiles.name(subject.value()) + "-";
        try (Stream<Path> files = Files.list(directory)) {
            return List.ofAll(files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(".json")).map(this::read))
                    .sortBy(ConsentLedger::purposeId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the consent store", e);
        }
    }

    @Override
    public Either<ConcurrentChange, ConsentLedger> save(ConsentLedger ledger, long expectedVersion) {
        Path file = file(ledger.subject(), ledger.purposeId());
        synchronized (locks.computeIfAbsent(file.getFileName().toString(), k -> new Object())) {
            long actual = Files.exists(file) ? read(file).version() : 0;
            if (actual != expectedVersion) {
                return Either.left(new ConcurrentChange("consent ledger", expectedVersion, actual));
            }
            DurableFiles.write(file, JsonMappers.MAPPER.writeValueAsBytes(document(ledger)));
            return Either.right(ledger);
        }
    }

    private static LedgerDoc document(ConsentLedger ledger) {
        return new LedgerDoc(1, ledger.subject().value(), ledger.purposeId(), ledger.events().map(e -> e
                instanceof ConsentEvent.Given g
                ? new EventDoc("given", g.at().toString(), g.statementVersion().map(LocalDate::toString).getOrNull(),
                g.channel().name(), g.evidenceReference())
                : new EventDoc("withdrawn", e.at().toString(), null, ((ConsentEvent.Withdrawn) e).channel().name(),
                null)).toJavaList());
    }

    private ConsentLedger read(Path file) {
        try {
            LedgerDoc doc = JsonMappers.MAPPER.readValue(Files.readAllBytes(file), LedgerDoc.class);
            List<ConsentEvent> events = List.ofAll(doc.events()).map(e -> e.type().equals("given")
                    ? (ConsentEvent) new ConsentEvent.Given(Instant.parse(e.at()),
                    Option.of(e.statementVersion()).map(LocalDate::parse), Channel.valueOf(e.channel()),
                    e.evidenceReference())
                    : new ConsentEvent.Withdrawn(Instant.parse(e.at()), Channel.valueOf(e.channel())));
            return new ConsentLedger(SubjectId.of(doc.subject()), doc.purposeId(), events);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the consent store's file " + file.getFileName()
                    + " cannot be read back (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}

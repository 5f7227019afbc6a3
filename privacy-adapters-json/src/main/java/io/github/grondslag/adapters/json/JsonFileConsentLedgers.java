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

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The consent store as durable JSON files, one per subject and purpose ({@link JsonFileStore}). */
public final class JsonFileConsentLedgers implements ConsentLedgers {

    record EventDoc(String type, String at, String statementVersion, String channel, String evidenceReference) {
    }

    record LedgerDoc(int format, String subject, String purposeId, java.util.List<EventDoc> events) {
    }

    private final JsonFileStore<ConsentLedger, LedgerDoc> store;

    public JsonFileConsentLedgers(Path directory) {
        this.store = new JsonFileStore<>(directory, "consent", "consent ledger", LedgerDoc.class,
                JsonFileConsentLedgers::document, JsonFileConsentLedgers::ledger, ConsentLedger::version);
    }

    @Override
    public ConsentLedger ledger(SubjectId subject, String purposeId) {
        return store.find(subject.value(), purposeId).getOrElse(() -> ConsentLedger.empty(subject, purposeId));
    }

    @Override
    public List<ConsentLedger> ledgers(SubjectId subject) {
        return store.all(subject.value()).sortBy(ConsentLedger::purposeId);
    }

    @Override
    public Either<ConcurrentChange, ConsentLedger> save(ConsentLedger ledger, long expectedVersion) {
        return store.save(ledger.subject().value(), ledger.purposeId(), ledger, expectedVersion);
    }

    private static LedgerDoc document(ConsentLedger ledger) {
        return new LedgerDoc(1, ledger.subject().value(), ledger.purposeId(), ledger.events().map(e -> e
                instanceof ConsentEvent.Given g
                ? new EventDoc("given", g.at().toString(), g.statementVersion().map(LocalDate::toString).getOrNull(),
                g.channel().name(), g.evidenceReference())
                : new EventDoc("withdrawn", e.at().toString(), null, ((ConsentEvent.Withdrawn) e).channel().name(),
                null)).toJavaList());
    }

    private static Option<ConsentLedger> ledger(LedgerDoc doc) {
        if (doc.format() != 1) {
            return Option.none();
        }
        List<ConsentEvent> events = List.ofAll(doc.events()).map(e -> switch (e.type()) {
            case "given" -> (ConsentEvent) new ConsentEvent.Given(Instant.parse(e.at()),
                    Option.of(e.statementVersion()).map(LocalDate::parse), Channel.valueOf(e.channel()),
                    Objects.requireNonNull(e.evidenceReference(), "evidenceReference"));
            case "withdrawn" -> new ConsentEvent.Withdrawn(Instant.parse(e.at()), Channel.valueOf(e.channel()));
            default -> throw new IllegalArgumentException("unknown consent event type");
        });
        return Option.some(new ConsentLedger(SubjectId.of(doc.subject()), doc.purposeId(), events));
    }
}

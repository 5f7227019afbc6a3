package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainBreak;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the contract suite does not ask and a relational store must still get right. */
class PostgresStoreTest {

    private static final Instant NANOS = Instant.parse("2026-03-01T10:15:30.123456789Z");

    private Pool pool;
    private PostgresStore store;

    @BeforeEach
    void open() {
        pool = TestPostgres.pool(TestPostgres.migratedSchema());
        store = new PostgresStore(pool);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void everyValueReadsBackExactlyInstantsToTheNanosecond() {
        SubjectId s = SubjectId.of("subject-ü-\uD83D\uDE00");
        ConsentLedger ledger = new ConsentLedger(s, "p", List.of(
                new ConsentEvent.Given(NANOS, Option.some(LocalDate.of(2023, 5, 1)), Channel.WEB_FORM, "form 17 — é"),
                new ConsentEvent.Withdrawn(NANOS.plusNanos(1), Channel.PHONE)));
        SubjectState state = new SubjectState(s, List.of(
                new Restriction("r-1", RestrictionGround.ACCURACY_CONTESTED, NANOS, Option.some(NANOS.plusSeconds(1)),
                        HashSet.of("q", "p")),
                Restriction.placed("r-2", RestrictionGround.OBJECTION_PENDING, NANOS.plusNanos(999))),
                List.of(new Objection("p", NANOS, false, new Objection.Outcome.Overridden(NANOS.plusNanos(7),
                                OverrideGround.values()[0])),
                        new Objection("m", NANOS, true, new Objection.Outcome.Upheld(NANOS)),
                        new Objection("q", NANOS, false, new Objection.Outcome.Pending())), 4);
        RightsRequest request = new RightsRequest("req-1", s, List.of(new RequestEvent.Received(NANOS, RequestType.ERASURE),
                new RequestEvent.InformationRequested(NANOS.plusNanos(1), RequestEvent.Information.IDENTITY),
                new RequestEvent.InformationReceived(NANOS.plusNanos(2)),
                new RequestEvent.Extended(NANOS.plusNanos(4), 2, RequestEvent.ExtensionReason.COMPLEXITY),
                new RequestEvent.PartlyGranted(NANOS.plusNanos(5), RefusalGround.values()[0])));
        RightsRequest open = new RightsRequest("req-0", s, List.of(new RequestEvent.Received(NANOS.minusNanos(1),
                RequestType.ACCESS), new RequestEvent.Started(NANOS)));
        LegalHold hold = LegalHold.onRecord("h-1", "rec-1", LegalHold.Reason.OFFICIAL_INVESTIGATION,
                LocalDate.of(2026, 1, 5)).liftedOn(LocalDate.of(2026, 2, 1));
        AuditEntry entry = new AuditEntry(NANOS, AuditAction.REQUEST_PARTLY_GRANTED, Outcome.DONE,
                Option.some(Changes.REF), Option.none(), Option.some(RequestType.ERASURE),
                List.of(Citation.avg("12(3)"), Citation.uavg("41"), Citation.statement("VGZ", "§VIII")));
        assertTrue(store.commit(new Change(List.of(new Write.Consent(ledger, 0), new Write.State(state, 0),
                new Write.Request(request, 0), new Write.Request(open, 0), new Write.Hold(hold, 0)), List.of(entry, entry.with(Outcome.REJECTED,
                List.empty())), List.of(Changes.notice("n-1", s.value())))).isRight());

        PostgresStore reopened = new PostgresStore(pool.again());
        assertEquals(ledger, reopened.ledger(s, "p"));
        assertEquals(List.of(ledger), reopened.ledgers(s));
        assertEquals(state, reopened.state(s));
        assertEquals(Option.some(request), reopened.find("req-1"));
        assertEquals(List.of(open, request), reopened.of(s), "by receipt");
        assertEquals(List.of(open), reopened.open(), "partly granted is closed");
        assertEquals(Option.some(hold), reopened.hold("h-1"));
        assertEquals(List.of(Changes.notice("n-1", s.value())), reopened.pending());
        List<ChainedEntry> entries = reopened.entriesOf(Changes.REF);
        assertEquals(List.of(entry, entry.with(Outcome.REJECTED, List.empty())), entries.map(ChainedEntry::entry));
        assertTrue(reopened.verify().intact(), "the hash covers the instant to the nanosecond");
        assertEquals(entries.map(ChainedEntry::sequence), reopened.entriesBetween(NANOS, NANOS.plusNanos(1))
                .map(ChainedEntry::sequence));
        assertEquals(List.empty(), reopened.entriesBetween(NANOS.plusNanos(1), Instant.MAX));
        assertEquals(List.empty(), reopened.entriesBetween(Instant.MIN, NANOS));
        assertEquals(2, reopened.entriesBetween(Instant.MIN, Instant.MAX).size());
    }

    @Test
    void whatPostgresqlCannotHoldIsRefusedBeforeAnythingIsWritten() {
        Change longId = Change.of(new Write.Request(RightsRequest.received("r".repeat(600), SubjectId.of("s"),
                RequestType.ACCESS, Changes.AT), 0), Changes.entry(AuditAction.REQUEST_RECEIVED));
        Either<NotCommitted, Change> refused = store.commit(longId);
        assertEquals(new TooLarge("rights_request.request_id (bytes, UTF-8)", 600, Limits.MAX_ID_BYTES),
                refused.getLeft());

        ConsentLedger nul = new ConsentLedger(SubjectId.of("s"), "p", List.of(new ConsentEvent.Given(Changes.AT,
                Option.none(), Channel.EMAIL, "Jan\u0000")));
        TooLarge t = (TooLarge) store.commit(Change.of(new Write.Consent(nul, 0), Changes.entry(AuditAction.CONSENT_GIVEN)))
                .getLeft();
        assertTrue(t.what().startsWith("consent_event.evidence_reference holds U+0000"), t.what());
        assertFalse(t.toString().contains("Jan"), "the value is never named: " + t);

        Change lone = Change.audit(Changes.entry(AuditAction.CONSENT_GIVEN)).owing(List.of(Changes.notice("n\uD800", "s")));
        assertTrue(store.commit(lone).getLeft() instanceof TooLarge);

        assertEquals(0, store.verify().entries(), "nothing of them");
        assertEquals(Option.none(), store.find("r".repeat(600)), "a read of such an id finds nothing");
        assertEquals(0, store.ledger(SubjectId.of("s\u0000"), "p").version());
        assertTrue(store.commit(Changes.consent("s", "p", 0, "n")).isRight(), "and the store goes on");
    }

    private static List<PersonalRecord> records(int n) {
        return List.range(0, n).map(i -> new PersonalRecord(String.format("rec-%05d", i), SubjectId.of("subject-" + i % 7),
                "p", List.of("health", "contact"), i % 3 == 0 ? Option.some("GP") : Option.none(), i % 2 == 0,
                i % 5 == 0 ? Option.some("dossier-" + i % 4) : Option.none(), Option.some("seven-years"),
                i % 4 == 0 ? HashMap.empty() : HashMap.of(RetentionTrigger.RELATIONSHIP_ENDED, LocalDate.of(2020, 1, 1)
                        .plusDays(i), RetentionTrigger.RECORDED, LocalDate.of(2019, 2, 28))));
    }

    /** The sessions of this test's pool that are in a transaction now. */
    private static long inTransaction() throws SQLException {
        try (Connection admin = TestPostgres.admin().getConnection()) {
            return Changes.count(admin, "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE"
                    + " 'grondslag-test-%' AND state LIKE 'idle in transaction%'");
        }
    }

    @Test
    void theCatalogueIsReadThroughACursorAndClosingTheStreamGivesTheConnectionBack() throws SQLException {
        List<PersonalRecord> all = records(2_500);
        store.put(all.reverse());
        try (Stream<PersonalRecord> stream = store.records()) {
            Iterator<PersonalRecord> it = stream.iterator();
            assertEquals(all.head(), it.next());
            assertEquals(1, pool.lent(), "one connection, held while the stream is open");
            assertEquals(1, inTransaction(), "in a transaction: the driver fetches by portal, "
                    + PostgresStore.FETCH_SIZE + " rows at a time");
            try (Statement st = pool.lastLent().createStatement()) {
                assertEquals(1, Changes.count(st.getConnection(), "SELECT count(*) FROM pg_cursors WHERE name <> ''"),
                        "the open portal of the query");
            }
            int n = 1;
            while (it.hasNext()) {
                assertEquals(all.get(n), it.next(), "in id order");
                n++;
            }
            assertEquals(all.size(), n);
        }
        assertEquals(0, pool.lent(), "closed: the connection is back");
        assertEquals(0, inTransaction());

        try (Stream<PersonalRecord> half = store.records()) {
            assertEquals(1_250, half.limit(1_250).count());
        }
        assertEquals(0, pool.lent(), "closed before the end: back too");
        assertEquals(all.size(), store.records().count(), "read to the end without close: back too");
        assertEquals(0, pool.lent());

        SubjectId three = SubjectId.of("subject-3");
        assertEquals(all.filter(r -> r.subject().equals(three)).toJavaList(),
                store.recordsOf(three).collect(Collectors.toList()));
        store.erase(all.filter(r -> r.subject().equals(three)).map(PersonalRecord::id));
        assertEquals(0, store.recordsOf(three).count());
        assertEquals(all.size() - all.count(r -> r.subject().equals(three)), store.records().count());
        try (Connection c = pool.getConnection()) {
            assertEquals(0, Changes.count(c, "SELECT count(*) FROM record_trigger t WHERE NOT EXISTS"
                    + " (SELECT 1 FROM personal_record r WHERE r.record_id = t.record_id)"), "the triggers go too");
        }
        PersonalRecord changed = all.get(10).withTrigger(RetentionTrigger.PROCEDURE_CLOSED, LocalDate.of(2030, 1, 1));
        store.put(List.of(changed));
        assertEquals(List.of(changed), List.ofAll(store.recordsOf(changed.subject()).filter(r -> r.id().equals(changed.id()))
                .collect(Collectors.toList())), "put again: replaced");
    }

    @Test
    void legalHoldsAreFoundForTheRecordItselfAndForItsDossier() {
        PersonalRecord record = records(1).head();
        LegalHold onDossier = LegalHold.onDossier("h-d", "dossier-0", LegalHold.Reason.PENDING_LAWSUIT,
                LocalDate.of(2026, 1, 1));
        LegalHold onRecord = LegalHold.onRecord("h-r", record.id(), LegalHold.Reason.OPEN_PROCEDURE,
                LocalDate.of(2026, 2, 1));
        LegalHold elsewhere = LegalHold.onRecord("h-x", "rec-elsewhere", LegalHold.Reason.OPEN_PROCEDURE,
                LocalDate.of(2026, 2, 1));
        assertTrue(store.commit(new Change(List.of(new Write.Hold(onDossier, 0), new Write.Hold(onRecord, 0),
                new Write.Hold(elsewhere, 0)), List.empty(), List.empty())).isRight());
        assertEquals(List.of(onRecord, onDossier), store.covering(record));
        assertTrue(store.commit(new Change(List.of(new Write.Hold(onRecord, 0)), List.empty(), List.empty())).isLeft(),
                "placed twice");
    }

    @Test
    void verifyNamesAnEntryChangedBehindTheStoresBackAndOneRemovedAtTheEnd() throws SQLException {
        for (int i = 0; i < 4; i++) {
            assertTrue(store.commit(Change.audit(Changes.entry(AuditAction.PROCESSING_DECIDED))).isRight());
        }
        assertTrue(store.verify().intact());
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET session_replication_role = replica"); // the superuser passes the triggers by
            st.execute("UPDATE audit_entry SET outcome = 'DENIED' WHERE sequence = 2");
            assertEquals(Option.some(new ChainBreak(2, ChainBreak.Kind.CHANGED)), store.verify().firstBreak());
            st.execute("UPDATE audit_entry SET outcome = 'DONE' WHERE sequence = 2");
            assertTrue(store.verify().intact());
            st.execute("DELETE FROM audit_citation WHERE sequence = 4");
            st.execute("DELETE FROM audit_entry WHERE sequence = 4");
            assertEquals(Option.some(new ChainBreak(4, ChainBreak.Kind.REMOVED)), store.verify().firstBreak(),
                    "the head still counts it");
            st.execute("RESET session_replication_role");
        }
    }

    @Test
    void aCommitRunsAtReadCommittedWhateverTheDatabasesDefault() {
        String schema = TestPostgres.migratedSchema();
        org.postgresql.ds.PGSimpleDataSource serializable = TestPostgres.dataSource(schema, "postgres");
        serializable.setOptions("-c default_transaction_isolation=serializable");
        java.util.List<String> seen = new java.util.ArrayList<>();
        PostgresStore onSerializable = new PostgresStore(serializable, (c, attempt) -> {
            try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SHOW transaction_isolation")) {
                rs.next();
                seen.add(rs.getString(1));
            }
        });
        assertTrue(onSerializable.commit(Changes.consent("s", "p", 0, "n")).isRight());
        assertEquals(java.util.List.of("read committed"), seen);
        assertTrue(onSerializable.verify().intact(), "its reads take their own snapshot level");
        assertEquals(1, onSerializable.ledger(SubjectId.of("s"), "p").version());
    }

    @Test
    void aStaleWriteOnAnExistingAggregateIsRefusedWithTheVersionsAndMovesNothing() {
        assertTrue(store.commit(Changes.consent("s", "p", 0, "n-0")).isRight());
        assertTrue(store.commit(Changes.consent("s", "p", 1, "n-1")).isRight());
        Either<NotCommitted, Change> stale = store.commit(Changes.consent("s", "p", 1, "n-2"));
        assertEquals(new io.github.grondslag.domain.port.ConcurrentChange("consent ledger", 1, 2), stale.getLeft());
        assertEquals(2, store.ledger(SubjectId.of("s"), "p").version());
        assertEquals(2, store.verify().entries());
        assertEquals(List.of("n-0", "n-1"), store.pending().map(n -> n.id()));
    }
}

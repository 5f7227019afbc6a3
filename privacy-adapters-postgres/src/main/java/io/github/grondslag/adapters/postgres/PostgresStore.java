package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainBreak;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.audit.Verification;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.port.NoticeOutbox;
import io.github.grondslag.domain.port.RecordCatalogue;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every port of the domain on PostgreSQL, over the insurer's own {@link DataSource} (a connection pool),
 * with plain JDBC on the tables of {@code db/migration} (docs/postgres.md).
 *
 * <p>{@link #commit} is one transaction at READ COMMITTED: it claims every aggregate it writes with a
 * conditional statement on its version column ({@code INSERT ... ON CONFLICT DO NOTHING} for a new one,
 * {@code UPDATE ... WHERE version = ?} otherwise), so a stale write finds no row and refuses the whole change
 * ({@link ConcurrentChange}); it locks the audit trail's head row, chains the entries after it, queues the
 * notices ({@code ON CONFLICT DO NOTHING}) and commits. Anything that fails rolls all of it back. A
 * serialization failure or a deadlock (SQLState 40001, 40P01) is retried up to {@value #MAX_ATTEMPTS} times
 * in all, then reported ({@link PostgresStoreException}).
 *
 * <p>Reads are single statements (one snapshot each), or one read-only REPEATABLE READ transaction where a
 * port needs more than one. The record catalogue is read through a server-side cursor: close the stream.
 * The store holds no state of its own beyond the data source and is safe for concurrent use.
 */
public final class PostgresStore implements UnitOfWork, ConsentLedgers, SubjectStates, RightsRequests, LegalHolds,
        NoticeOutbox, AuditTrail, RecordCatalogue {

    /** The schema version this store reads and writes (db/migration/V1__grondslag_store.sql). */
    public static final int SCHEMA_VERSION = 1;
    /** How often a transaction is tried on a serialization failure or a deadlock before it is reported. */
    public static final int MAX_ATTEMPTS = 5;
    /** Rows fetched at a time by the cursors of the record catalogue and of {@link #verify()}. */
    static final int FETCH_SIZE = 1000;

    /** Test hook: runs in a commit's transaction after everything is written, just before the commit. */
    @FunctionalInterface
    interface BeforeCommit {
        void run(Connection connection, int attempt) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final BeforeCommit beforeCommit;

    /**
     * A store on the data source, whose connections see the Grondslag tables on their search path.
     *
     * @param dataSource the connections to use (a pool, for more than one thread at a time)
     * @throws PostgresStoreException when the database has no Grondslag schema, an older one (apply the
     *         migrations) or a newer one than this library knows
     */
    public PostgresStore(DataSource dataSource) {
        this(dataSource, (connection, attempt) -> {
        });
    }

    PostgresStore(DataSource dataSource, BeforeCommit beforeCommit) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.beforeCommit = Objects.requireNonNull(beforeCommit, "beforeCommit");
        checkSchema();
    }

    private void checkSchema() {
        int found;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            found = rs.getInt(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new PostgresStoreException("no Grondslag schema on the connection's search path (the table"
                        + " schema_version is missing): apply the migrations in db/migration of"
                        + " privacy-adapters-postgres first (docs/postgres.md)", e.getSQLState(), false, e);
            }
            throw PostgresStoreException.of("reading the schema version", e);
        }
        if (found > SCHEMA_VERSION) {
            throw new PostgresStoreException("the database holds Grondslag schema version " + found
                    + ", newer than this privacy-adapters-postgres knows (" + SCHEMA_VERSION + "): run the version"
                    + " of the library that migrated it, or a newer one; this store was not opened and nothing was"
                    + " changed");
        }
        if (found < SCHEMA_VERSION) {
            throw new PostgresStoreException("the database holds Grondslag schema version " + found
                    + ", older than this privacy-adapters-postgres needs (" + SCHEMA_VERSION + "): apply the"
                    + " migrations in db/migration up to V" + SCHEMA_VERSION + " first (docs/postgres.md)");
        }
    }

    // --- the unit of work ---

    @Override
    public Either<NotCommitted, Change> commit(Change change) {
        Objects.requireNonNull(change, "change");
        Option<TooLarge> tooLarge = Limits.of(change);
        if (tooLarge.isDefined()) {
            return Either.left(tooLarge.get());
        }
        // one order for the row locks of every transaction, so that two commits never wait on each other in a
        // circle; the audit head is locked after the aggregates, the notices after the head
        java.util.List<Write> ordered = new ArrayList<>(change.writes().toJavaList());
        ordered.sort(Comparator.comparing(PostgresStore::lockOrder));
        return transaction("committing a change", true, c -> {
            for (Write w : ordered) {
                Option<ConcurrentChange> conflict = write(c, w);
                if (conflict.isDefined()) {
                    return Either.<NotCommitted, Change>left(conflict.get());
                }
            }
            if (change.audit().nonEmpty() || change.notices().nonEmpty()) {
                append(c, change.audit());
                queue(c, change.notices());
            }
            return Either.<NotCommitted, Change>right(change);
        });
    }

    private static String lockOrder(Write w) {
        if (w instanceof Write.Consent c) {
            return "1:" + c.ledger().subject().value() + '\u0000' + c.ledger().purposeId();
        }
        if (w instanceof Write.State s) {
            return "2:" + s.state().subject().value();
        }
        if (w instanceof Write.Request r) {
            return "3:" + r.request().id();
        }
        return "4:" + ((Write.Hold) w).hold().id();
    }

    private static Option<ConcurrentChange> write(Connection c, Write w) throws SQLException {
        if (w instanceof Write.Consent x) {
            return consent(c, x);
        }
        if (w instanceof Write.State x) {
            return state(c, x);
        }
        if (w instanceof Write.Request x) {
            return request(c, x);
        }
        return hold(c, (Write.Hold) w);
    }

    private static Option<ConcurrentChange> consent(Connection c, Write.Consent w) throws SQLException {
        ConsentLedger l = w.ledger();
        long expected = w.expectedVersion();
        long next = l.version();
        if (next < expected) {
            throw new IllegalArgumentException("a consent write appends events: its ledger has fewer events than"
                    + " the version it expects");
        }
        String subject = l.subject().value();
        boolean claimed = expected == 0 && update(c, "INSERT INTO consent_ledger (subject_id, purpose_id, version)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", subject, l.purposeId(), next) == 1;
        if (!claimed && update(c, "UPDATE consent_ledger SET version = ? WHERE subject_id = ? AND purpose_id = ?"
                + " AND version = ?", next, subject, l.purposeId(), expected) != 1) {
            return conflict(c, "consent ledger", expected, "SELECT version FROM consent_ledger WHERE subject_id = ?"
                    + " AND purpose_id = ?", subject, l.purposeId());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_event (subject_id, purpose_id, position,"
                + " kind, at, at_ns, channel, statement_version, evidence_reference)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = (int) expected;
            for (ConsentEvent e : l.events().drop((int) expected)) {
                ps.setString(1, subject);
                ps.setString(2, l.purposeId());
                ps.setInt(3, ++position);
                Rows.consentEvent(ps, 4, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return Option.none();
    }

    private static Option<ConcurrentChange> state(Connection c, Write.State w) throws SQLException {
        SubjectState s = w.state();
        long expected = w.expectedVersion();
        String subject = s.subject().value();
        boolean claimed = expected == 0 && update(c, "INSERT INTO subject_state (subject_id, version) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING", subject, s.version()) == 1;
        if (!claimed && update(c, "UPDATE subject_state SET version = ? WHERE subject_id = ? AND version = ?",
                s.version(), subject, expected) != 1) {
            return conflict(c, "subject state", expected, "SELECT version FROM subject_state WHERE subject_id = ?",
                    subject);
        }
        if (!claimed) {
            update(c, "DELETE FROM restriction WHERE subject_id = ?", subject);
            update(c, "DELETE FROM objection WHERE subject_id = ?", subject);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO restriction (subject_id, position, restriction_id,"
                + " ground, from_at, from_at_ns, lifted_at, lifted_at_ns, consented_purposes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Restriction r : s.restrictions()) {
                ps.setString(1, subject);
                ps.setInt(2, ++position);
                ps.setString(3, r.id());
                ps.setString(4, r.ground().name());
                Rows.instant(ps, 5, r.from());
                Rows.instant(ps, 7, r.liftedAt());
                ps.setArray(9, c.createArrayOf("text", r.consentedPurposes().toList().sorted().toJavaArray(
                        String[]::new)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO objection (subject_id, position, purpose_id,"
                + " received_at, received_at_ns, direct_marketing, outcome, decided_at, decided_at_ns, override_ground)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Objection o : s.objections()) {
                ps.setString(1, subject);
                ps.setInt(2, ++position);
                ps.setString(3, o.purposeId());
                Rows.instant(ps, 4, o.received());
                ps.setBoolean(6, o.directMarketing());
                ps.setString(7, Rows.outcome(o));
                Rows.instant(ps, 8, Rows.decidedAt(o));
                Rows.text(ps, 10, o.outcome() instanceof Objection.Outcome.Overridden x
                        ? Option.some(x.ground().name()) : Option.none());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return Option.none();
    }

    private static Option<ConcurrentChange> request(Connection c, Write.Request w) throws SQLException {
        RightsRequest r = w.request();
        long expected = w.expectedVersion();
        long next = r.events().size();
        if (next < expected) {
            throw new IllegalArgumentException("a request write appends events: its request has fewer events than"
                    + " the version it expects");
        }
        boolean claimed = false;
        if (expected == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rights_request (request_id, subject_id,"
                    + " request_type, received_at, received_at_ns, status, closed, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, r.id());
                ps.setString(2, r.subject().value());
                ps.setString(3, r.type().name());
                Rows.instant(ps, 4, r.receivedAt());
                ps.setString(6, r.status().name());
                ps.setBoolean(7, r.status().isClosed());
                ps.setLong(8, next);
                claimed = ps.executeUpdate() == 1;
            }
        }
        if (!claimed && update(c, "UPDATE rights_request SET status = ?, closed = ?, version = ? WHERE request_id = ?"
                + " AND version = ?", r.status().name(), r.status().isClosed(), next, r.id(), expected) != 1) {
            return conflict(c, "rights request", expected, "SELECT version FROM rights_request WHERE request_id = ?",
                    r.id());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_event (request_id, position, kind, at,"
                + " at_ns, request_type, information, months, extension_reason, refusal_ground)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = (int) expected;
            for (RequestEvent e : r.events().drop((int) expected)) {
                ps.setString(1, r.id());
                ps.setInt(2, ++position);
                Rows.requestEvent(ps, 3, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return Option.none();
    }

    /** A hold's version: 1 placed, 2 lifted. */
    static long holdVersion(LegalHold h) {
        return h.lifted().isDefined() ? 2 : 1;
    }

    private static Option<ConcurrentChange> hold(Connection c, Write.Hold w) throws SQLException {
        LegalHold h = w.hold();
        long expected = w.expectedVersion();
        boolean claimed = expected == 0 && holdRow(c, "INSERT INTO legal_hold (scope, target_id, reason, placed,"
                + " lifted, version, hold_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", h, -1) == 1;
        if (!claimed && holdRow(c, "UPDATE legal_hold SET scope = ?, target_id = ?, reason = ?, placed = ?,"
                + " lifted = ?, version = ? WHERE hold_id = ? AND version = ?", h, expected) != 1) {
            return conflict(c, "legal hold", expected, "SELECT version FROM legal_hold WHERE hold_id = ?", h.id());
        }
        return Option.none();
    }

    private static int holdRow(Connection c, String sql, LegalHold h, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, h.scope().name());
            ps.setString(2, h.targetId());
            ps.setString(3, h.reason().name());
            ps.setObject(4, h.placed());
            Rows.date(ps, 5, h.lifted());
            ps.setShort(6, (short) holdVersion(h));
            ps.setString(7, h.id());
            if (expected >= 0) {
                ps.setLong(8, expected);
            }
            return ps.executeUpdate();
        }
    }

    private static Option<ConcurrentChange> conflict(Connection c, String kind, long expected, String sql,
                                                     Object... key) throws SQLException {
        long actual = 0;
        try (PreparedStatement ps = bind(c.prepareStatement(sql), key); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                actual = rs.getLong(1);
            }
        }
        return Option.some(new ConcurrentChange(kind, expected, actual));
    }

    /**
     * Appends the entries after the chain's head, read under its row lock: a concurrent commit waits here until
     * this one ends, then reads the head this one wrote (READ COMMITTED re-reads a locked row's newest version).
     */
    private static void append(Connection c, List<AuditEntry> entries) throws SQLException {
        long sequence;
        String hash;
        try (PreparedStatement ps = c.prepareStatement("SELECT sequence, hash FROM audit_head WHERE only_row"
                + " FOR UPDATE"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new PostgresStoreException("the audit trail's head row is missing: the schema was changed by"
                        + " hand");
            }
            sequence = rs.getLong(1);
            hash = rs.getString(2);
        }
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement e = c.prepareStatement("INSERT INTO audit_entry (sequence, at, at_ns, action, outcome,"
                + " subject_ref, purpose_id, request_type, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO audit_citation (sequence, position, instrument,"
                     + " provision) VALUES (?, ?, ?, ?)")) {
            for (AuditEntry entry : entries) {
                sequence++;
                String next = AuditChain.hash(sequence, entry, hash);
                e.setLong(1, sequence);
                Rows.instant(e, 2, entry.at());
                e.setString(4, entry.action().name());
                e.setString(5, entry.outcome().name());
                Rows.text(e, 6, entry.subject().map(SubjectRef::value));
                Rows.text(e, 7, entry.purposeId());
                Rows.text(e, 8, entry.requestType().map(Enum::name));
                e.setString(9, hash);
                e.setString(10, next);
                e.addBatch();
                int position = 0;
                for (Citation rule : entry.rules()) {
                    r.setLong(1, sequence);
                    r.setInt(2, ++position);
                    r.setString(3, rule.instrument());
                    r.setString(4, rule.provision());
                    r.addBatch();
                }
                hash = next;
            }
            e.executeBatch();
            r.executeBatch();
        }
        update(c, "UPDATE audit_head SET sequence = ?, hash = ? WHERE only_row", sequence, hash);
    }

    private static void queue(Connection c, List<Notice> notices) throws SQLException {
        if (notices.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice (notice_id, kind, subject_id, due_by, form,"
                + " citation_instrument, citation_provision, about) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (notice_id) DO NOTHING")) {
            for (Notice n : notices) {
                ps.setString(1, n.id());
                ps.setString(2, n.kind().name());
                ps.setString(3, n.subject().value());
                Rows.date(ps, 4, n.dueBy());
                ps.setString(5, n.form().name());
                ps.setString(6, n.citation().instrument());
                ps.setString(7, n.citation().provision());
                ps.setString(8, n.about());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // --- consent ledgers, subject states, requests, holds ---

    @Override
    public ConsentLedger ledger(SubjectId subject, String purposeId) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purposeId, "purposeId");
        if (!Limits.storable(subject.value()) || !Limits.storable(purposeId)) {
            return ConsentLedger.empty(subject, purposeId);
        }
        return read("reading a consent ledger", c -> {
            java.util.List<ConsentEvent> events = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement("SELECT kind, at, at_ns, channel, statement_version,"
                    + " evidence_reference FROM consent_event WHERE subject_id = ? AND purpose_id = ?"
                    + " ORDER BY position"), subject.value(), purposeId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(Rows.consentEvent(rs));
                }
            }
            return new ConsentLedger(subject, purposeId, List.ofAll(events));
        });
    }

    @Override
    public List<ConsentLedger> ledgers(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        if (!Limits.storable(subject.value())) {
            return List.empty();
        }
        return read("reading consent ledgers", c -> {
            LinkedHashMap<String, java.util.List<ConsentEvent>> byPurpose = new LinkedHashMap<>();
            try (PreparedStatement ps = bind(c.prepareStatement("SELECT l.purpose_id, e.kind, e.at, e.at_ns,"
                    + " e.channel, e.statement_version, e.evidence_reference FROM consent_ledger l"
                    + " LEFT JOIN consent_event e ON e.subject_id = l.subject_id AND e.purpose_id = l.purpose_id"
                    + " WHERE l.subject_id = ? ORDER BY l.purpose_id, e.position"), subject.value());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.util.List<ConsentEvent> events = byPurpose.computeIfAbsent(rs.getString("purpose_id"),
                            p -> new ArrayList<>());
                    if (rs.getString("kind") != null) {
                        events.add(Rows.consentEvent(rs));
                    }
                }
            }
            return List.ofAll(byPurpose.entrySet()).map(e -> new ConsentLedger(subject, e.getKey(),
                    List.ofAll(e.getValue()))).sortBy(ConsentLedger::purposeId);
        });
    }

    @Override
    public SubjectState state(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        if (!Limits.storable(subject.value())) {
            return SubjectState.empty(subject);
        }
        return snapshot("reading a subject state", c -> {
            long version;
            try (PreparedStatement ps = bind(c.prepareStatement("SELECT version FROM subject_state"
                    + " WHERE subject_id = ?"), subject.value()); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return SubjectState.empty(subject);
                }
                version = rs.getLong(1);
            }
            java.util.List<Restriction> restrictions = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement("SELECT restriction_id, ground, from_at, from_at_ns,"
                    + " lifted_at, lifted_at_ns, consented_purposes FROM restriction WHERE subject_id = ?"
                    + " ORDER BY position"), subject.value()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    restrictions.add(Rows.restriction(rs));
                }
            }
            java.util.List<Objection> objections = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement("SELECT purpose_id, received_at, received_at_ns,"
                    + " direct_marketing, outcome, decided_at, decided_at_ns, override_ground FROM objection"
                    + " WHERE subject_id = ? ORDER BY position"), subject.value()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    objections.add(Rows.objection(rs));
                }
            }
            return new SubjectState(subject, List.ofAll(restrictions), List.ofAll(objections), version);
        });
    }

    private static final String REQUESTS = "SELECT r.request_id, r.subject_id, e.kind, e.at, e.at_ns,"
            + " e.request_type, e.information, e.months, e.extension_reason, e.refusal_ground"
            + " FROM rights_request r JOIN request_event e ON e.request_id = r.request_id";
    private static final String BY_RECEIPT = " ORDER BY r.received_at, r.received_at_ns, r.request_id, e.position";

    @Override
    public Option<RightsRequest> find(String id) {
        Objects.requireNonNull(id, "id");
        if (!Limits.storable(id)) {
            return Option.none();
        }
        return requests("reading a rights request", REQUESTS + " WHERE r.request_id = ? ORDER BY e.position", id)
                .headOption();
    }

    @Override
    public List<RightsRequest> open() {
        return requests("reading the open rights requests", REQUESTS + " WHERE NOT r.closed" + BY_RECEIPT);
    }

    @Override
    public List<RightsRequest> of(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        if (!Limits.storable(subject.value())) {
            return List.empty();
        }
        return requests("reading a subject's rights requests", REQUESTS + " WHERE r.subject_id = ?" + BY_RECEIPT,
                subject.value());
    }

    private List<RightsRequest> requests(String doing, String sql, Object... params) {
        return read(doing, c -> {
            java.util.List<RightsRequest> found = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
                String id = null;
                String subject = null;
                java.util.List<RequestEvent> events = new ArrayList<>();
                while (rs.next()) {
                    String row = rs.getString("request_id");
                    if (id != null && !id.equals(row)) {
                        found.add(new RightsRequest(id, SubjectId.of(subject), List.ofAll(events)));
                        events.clear();
                    }
                    id = row;
                    subject = rs.getString("subject_id");
                    events.add(Rows.requestEvent(rs));
                }
                if (id != null) {
                    found.add(new RightsRequest(id, SubjectId.of(subject), List.ofAll(events)));
                }
            }
            return List.ofAll(found);
        });
    }

    private static final String HOLDS = "SELECT hold_id, scope, target_id, reason, placed, lifted FROM legal_hold";

    @Override
    public List<LegalHold> covering(PersonalRecord record) {
        Objects.requireNonNull(record, "record");
        Option<String> dossier = record.dossierId().filter(Limits::storable);
        if (!Limits.storable(record.id()) && dossier.isEmpty()) {
            return List.empty();
        }
        return read("reading the legal holds on a record", c -> {
            java.util.List<LegalHold> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(HOLDS + " WHERE (scope = 'RECORD' AND target_id = ?)"
                    + " OR (scope = 'DOSSIER' AND target_id = ?) ORDER BY scope = 'DOSSIER', placed, hold_id")) {
                Rows.text(ps, 1, Option.some(record.id()).filter(Limits::storable));
                Rows.text(ps, 2, dossier);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(Rows.hold(rs));
                    }
                }
            }
            return List.ofAll(found).filter(h -> h.covers(record));
        });
    }

    @Override
    public Option<LegalHold> hold(String id) {
        Objects.requireNonNull(id, "id");
        if (!Limits.storable(id)) {
            return Option.none();
        }
        return read("reading a legal hold", c -> {
            try (PreparedStatement ps = bind(c.prepareStatement(HOLDS + " WHERE hold_id = ?"), id);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Option.some(Rows.hold(rs)) : Option.<LegalHold>none();
            }
        });
    }

    // --- notices ---

    @Override
    public List<Notice> pending() {
        return read("reading the pending notices", c -> {
            java.util.List<Notice> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT notice_id, kind, subject_id, due_by, form,"
                    + " citation_instrument, citation_provision, about FROM notice WHERE sent_at IS NULL"
                    + " ORDER BY queued"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(Rows.notice(rs));
                }
            }
            return List.ofAll(found);
        });
    }

    /** Marks a queued notice as sent (at the database's clock); committed when it returns. */
    @Override
    public void markSent(String noticeId) {
        Objects.requireNonNull(noticeId, "noticeId");
        if (!Limits.storable(noticeId)) {
            return;
        }
        transaction("marking a notice sent", false, c -> Either.<NotCommitted, Integer>right(update(c,
                "UPDATE notice SET sent_at = now() WHERE notice_id = ? AND sent_at IS NULL", noticeId)));
    }

    @Override
    public Set<String> sent() {
        return read("reading the sent notices", c -> {
            java.util.List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT notice_id FROM notice WHERE sent_at IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return HashSet.ofAll(found);
        });
    }

    // --- the audit trail ---

    private static final String CHAIN = "SELECT " + Rows.CHAIN_COLUMNS + " FROM audit_entry a"
            + " LEFT JOIN audit_citation c ON c.sequence = a.sequence";

    @Override
    public List<ChainedEntry> entriesOf(SubjectRef subject) {
        Objects.requireNonNull(subject, "subject");
        return entries("reading a subject's audit entries", CHAIN + " WHERE a.subject_ref = ?"
                + " ORDER BY a.sequence, c.position", subject.value());
    }

    @Override
    public List<ChainedEntry> entriesBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Instant start = from.isBefore(Limits.FIRST) ? Limits.FIRST : from;
        if (!to.isAfter(start) || start.isAfter(Limits.LAST)) {
            return List.empty();
        }
        boolean bounded = !to.isAfter(Limits.LAST);
        String sql = CHAIN + " WHERE (a.at, a.at_ns) >= (?, ?)" + (bounded ? " AND (a.at, a.at_ns) < (?, ?)" : "")
                + " ORDER BY a.sequence, c.position";
        return read("reading the audit entries of a period", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Rows.instant(ps, 1, start);
                if (bounded) {
                    Rows.instant(ps, 3, to);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return List.ofAll(() -> new Rows.Chain(rs));
                }
            }
        });
    }

    private List<ChainedEntry> entries(String doing, String sql, Object... params) {
        return read(doing, c -> {
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
                return List.ofAll(() -> new Rows.Chain(rs));
            }
        });
    }

    /**
     * Verifies the whole chain in the order of its sequence numbers, read through a cursor in one snapshot,
     * and then against the head row: entries missing at the end, which the chain alone cannot show, are
     * named as removed while the head still counts them.
     */
    @Override
    public Verification verify() {
        return snapshot("verifying the audit trail", c -> {
            long headSequence;
            String headHash;
            try (PreparedStatement ps = c.prepareStatement("SELECT sequence, hash FROM audit_head WHERE only_row");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PostgresStoreException("the audit trail's head row is missing: the schema was changed"
                            + " by hand");
                }
                headSequence = rs.getLong(1);
                headHash = rs.getString(2);
            }
            Verification v;
            try (PreparedStatement ps = c.prepareStatement(CHAIN + " ORDER BY a.sequence, c.position",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    v = AuditChain.verify(new Rows.Chain(rs));
                }
            }
            if (!v.intact()) {
                return v;
            }
            if (headSequence > v.entries()) {
                return new Verification(v.entries(), v.head(), Option.some(new ChainBreak(v.entries() + 1,
                        ChainBreak.Kind.REMOVED)));
            }
            if (headSequence < v.entries() || !headHash.equals(v.head())) {
                return new Verification(v.entries(), v.head(), Option.some(new ChainBreak(
                        Math.max(1, Math.min(headSequence, v.entries())), ChainBreak.Kind.CHANGED)));
            }
            return v;
        });
    }

    // --- the record catalogue ---

    private static final String RECORDS = "SELECT r.record_id, r.subject_id, r.purpose_id, r.data_categories,"
            + " r.source, r.provided_by_subject, r.dossier_id, r.retention_rule, t.triggers, t.trigger_dates"
            + " FROM personal_record r LEFT JOIN LATERAL (SELECT array_agg(retention_trigger ORDER BY"
            + " retention_trigger) AS triggers, array_agg(occurred_on ORDER BY retention_trigger) AS trigger_dates"
            + " FROM record_trigger WHERE record_id = r.record_id) t ON true";

    /**
     * Puts records into the catalogue, or replaces them by id (the insurer's own records, or test data),
     * in one transaction.
     *
     * @param added the records to store; of two with the same id, the later one is kept
     * @throws IllegalArgumentException when a value is more than PostgreSQL can hold (nothing is written)
     */
    public void put(List<PersonalRecord> added) {
        Objects.requireNonNull(added, "added");
        LinkedHashMap<String, PersonalRecord> byId = new LinkedHashMap<>();
        added.forEach(r -> byId.put(r.id(), r));
        Option<TooLarge> tooLarge = Limits.ofRecords(byId.values());
        if (tooLarge.isDefined()) {
            throw new IllegalArgumentException("the records are more than the store can hold: " + tooLarge.get());
        }
        java.util.List<PersonalRecord> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(PersonalRecord::id));
        if (sorted.isEmpty()) {
            return;
        }
        transaction("putting records", false, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO personal_record (record_id, subject_id,"
                    + " purpose_id, data_categories, source, provided_by_subject, dossier_id, retention_rule)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET"
                    + " subject_id = excluded.subject_id, purpose_id = excluded.purpose_id,"
                    + " data_categories = excluded.data_categories, source = excluded.source,"
                    + " provided_by_subject = excluded.provided_by_subject, dossier_id = excluded.dossier_id,"
                    + " retention_rule = excluded.retention_rule")) {
                for (PersonalRecord r : sorted) {
                    ps.setString(1, r.id());
                    ps.setString(2, r.subject().value());
                    ps.setString(3, r.purposeId());
                    ps.setArray(4, c.createArrayOf("text", r.dataCategories().toJavaArray(String[]::new)));
                    Rows.text(ps, 5, r.source());
                    ps.setBoolean(6, r.providedBySubject());
                    Rows.text(ps, 7, r.dossierId());
                    Rows.text(ps, 8, r.retentionRule());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM record_trigger WHERE record_id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("text", sorted.stream().map(PersonalRecord::id).toArray(String[]::new)));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_trigger (record_id, retention_trigger,"
                    + " occurred_on) VALUES (?, ?, ?)")) {
                for (PersonalRecord r : sorted) {
                    for (var t : r.triggers()) {
                        ps.setString(1, r.id());
                        ps.setString(2, t._1.name());
                        ps.setObject(3, t._2);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return Either.<NotCommitted, Boolean>right(true);
        });
    }

    /**
     * Erases records from the catalogue by id, with their trigger dates, in one transaction.
     *
     * @param recordIds the ids of the records to erase; an id that is not in the catalogue is ignored
     */
    public void erase(List<String> recordIds) {
        Objects.requireNonNull(recordIds, "recordIds");
        String[] ids = recordIds.filter(Limits::storable).distinct().sorted().toJavaArray(String[]::new);
        if (ids.length == 0) {
            return;
        }
        transaction("erasing records", false, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM personal_record WHERE record_id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("text", ids));
                return Either.<NotCommitted, Integer>right(ps.executeUpdate());
            }
        });
    }

    /** Every record, by id, through a cursor of {@value #FETCH_SIZE} rows at a time; close the stream. */
    @Override
    public Stream<PersonalRecord> records() {
        return cursor("reading the record catalogue", RECORDS + " ORDER BY r.record_id", Option.none());
    }

    /** The records of a subject, by id, through a cursor; close the stream. */
    @Override
    public Stream<PersonalRecord> recordsOf(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        if (!Limits.storable(subject.value())) {
            return Stream.empty();
        }
        return cursor("reading a subject's records", RECORDS + " WHERE r.subject_id = ? ORDER BY r.record_id",
                Option.some(subject.value()));
    }

    private Stream<PersonalRecord> cursor(String doing, String sql, Option<String> param) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            // the driver reads through a server-side cursor only inside a transaction, with a fetch size
            c.setAutoCommit(false);
            PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            Cursor cursor = new Cursor(doing, c, ps);
            try {
                ps.setFetchSize(FETCH_SIZE);
                if (param.isDefined()) {
                    ps.setString(1, param.get());
                }
                cursor.rs = ps.executeQuery();
            } catch (SQLException | RuntimeException e) {
                cursor.close();
                throw e;
            }
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(cursor::close);
        } catch (SQLException e) {
            release(c);
            throw PostgresStoreException.of(doing, e);
        }
    }

    /** The rows of a record query, one record at a time; the connection goes back when closed or read to the end. */
    private static final class Cursor implements Iterator<PersonalRecord> {
        private final String doing;
        private final Connection connection;
        private final PreparedStatement statement;
        private ResultSet rs;
        private boolean onRow;
        private boolean closed;

        Cursor(String doing, Connection connection, PreparedStatement statement) {
            this.doing = doing;
            this.connection = connection;
            this.statement = statement;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (!onRow) {
                try {
                    onRow = rs.next();
                } catch (SQLException e) {
                    close();
                    throw PostgresStoreException.of(doing, e);
                }
                if (!onRow) {
                    close();
                }
            }
            return onRow;
        }

        @Override
        public PersonalRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            onRow = false;
            try {
                return Rows.record(rs);
            } catch (SQLException e) {
                close();
                throw PostgresStoreException.of(doing, e);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                close();
                throw unreadable(doing, e);
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (rs != null) {
                    rs.close();
                }
                statement.close();
            } catch (SQLException ignored) {
                // the connection is released below either way
            }
            rollbackQuietly(connection);
            release(connection);
        }
    }

    // --- transactions ---

    /**
     * Runs a writing transaction at READ COMMITTED: commits when {@code work} returns a right, rolls back when it
     * returns a left or fails; a serialization failure or a deadlock is tried again, {@value #MAX_ATTEMPTS} times
     * in all.
     */
    private <T> Either<NotCommitted, T> transaction(String doing, boolean hooked, Work<Either<NotCommitted, T>> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c = null;
            boolean committing = false;
            try {
                c = dataSource.getConnection();
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    st.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
                Either<NotCommitted, T> result = work.run(c);
                if (result.isLeft()) {
                    c.rollback();
                    return result;
                }
                if (hooked) {
                    beforeCommit.run(c, attempt);
                }
                committing = true;
                c.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (retryable(e) && attempt < MAX_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw failure(doing, e, attempt, committing, c);
            } catch (RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                release(c);
            }
        }
    }

    static boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    private static PostgresStoreException failure(String doing, SQLException e, int attempts, boolean committing,
                                                  Connection c) {
        if (retryable(e)) {
            return new PostgresStoreException(doing + " failed " + attempts + " times on a serialization failure or"
                    + " a deadlock" + PostgresStoreException.state(e) + "; nothing of it was written",
                    e.getSQLState(), false, e);
        }
        if (lost(e, c)) {
            return committing
                    ? new PostgresStoreException(doing + ": the connection was lost during the commit"
                    + PostgresStoreException.state(e) + "; it may or may not have been written: read it back",
                    e.getSQLState(), true, e)
                    : new PostgresStoreException(doing + ": the connection was lost before the commit"
                    + PostgresStoreException.state(e) + "; nothing of it was written", e.getSQLState(), false, e);
        }
        return new PostgresStoreException(doing + " failed" + PostgresStoreException.state(e)
                + "; nothing of it was written", e.getSQLState(), false, e);
    }

    /** A connection failure (class 08) or a server shutting the session down (57P01-57P03). */
    private static boolean lost(SQLException e, Connection c) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
            return true;
        }
        try {
            return c != null && c.isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostgresStoreException("interrupted while waiting to retry a transaction");
        }
    }

    /** Runs reads on one connection, each statement its own snapshot. */
    private <T> T read(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw PostgresStoreException.of(doing, e);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw unreadable(doing, e);
        }
    }

    /** Runs reads in one read-only REPEATABLE READ transaction: every statement sees the same snapshot. */
    private <T> T snapshot(String doing, Work<T> work) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw PostgresStoreException.of(doing, e);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            rollbackQuietly(c);
            throw unreadable(doing, e);
        } catch (RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            release(c);
        }
    }

    private static PostgresStoreException unreadable(String doing, RuntimeException e) {
        return new PostgresStoreException(doing + ": a row holds what this library cannot read (changed by hand,"
                + " or written by a newer version)", null, false, e);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (c != null && !c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone: the server has rolled the transaction back
        }
    }

    /** Gives the connection back as it came (auto-commit on), to the pool or closed. */
    private static void release(Connection c) {
        if (c == null) {
            return;
        }
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback(); // nothing is open after a commit; never let auto-commit commit a rest
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // closed below either way
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do with it
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "PostgresStore[schema version " + SCHEMA_VERSION + "]";
    }
}

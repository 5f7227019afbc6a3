package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Every value the store keeps, as columns and back (the tables of db/migration). Enum constants are stored
 * by name. An instant is two columns: {@code X timestamptz} holds it to the microsecond, {@code X_ns} the
 * nanoseconds below, so that it reads back exactly.
 */
final class Rows {

    private Rows() {
    }

    // --- instants and dates ---

    /** Sets parameters {@code i} (timestamptz) and {@code i + 1} (the nanoseconds below the microsecond). */
    static void instant(PreparedStatement ps, int i, Instant at) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        ps.setShort(i + 1, (short) (at.getNano() % 1000));
    }

    static void instant(PreparedStatement ps, int i, Option<Instant> at) throws SQLException {
        if (at.isDefined()) {
            instant(ps, i, at.get());
        } else {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setNull(i + 1, Types.SMALLINT);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).getOrElseThrow(() -> new IllegalStateException(column + " is null"));
    }

    static Option<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        if (at == null) {
            return Option.none();
        }
        return Option.some(at.toInstant().plusNanos(rs.getShort(column + "_ns")));
    }

    static void date(PreparedStatement ps, int i, Option<LocalDate> day) throws SQLException {
        if (day.isDefined()) {
            ps.setObject(i, day.get());
        } else {
            ps.setNull(i, Types.DATE);
        }
    }

    static Option<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Option.of(rs.getObject(column, LocalDate.class));
    }

    static void text(PreparedStatement ps, int i, Option<String> value) throws SQLException {
        if (value.isDefined()) {
            ps.setString(i, value.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.empty();
        }
        try {
            return List.of((String[]) a.getArray());
        } finally {
            a.free();
        }
    }

    // --- consent events (7(1), 7(3)) ---

    /** Binds kind, at, at_ns, channel, statement_version, evidence_reference from parameter {@code i}. */
    static void consentEvent(PreparedStatement ps, int i, ConsentEvent e) throws SQLException {
        if (e instanceof ConsentEvent.Given g) {
            ps.setString(i, "GIVEN");
            instant(ps, i + 1, g.at());
            ps.setString(i + 3, g.channel().name());
            date(ps, i + 4, g.statementVersion());
            ps.setString(i + 5, g.evidenceReference());
        } else {
            ConsentEvent.Withdrawn w = (ConsentEvent.Withdrawn) e;
            ps.setString(i, "WITHDRAWN");
            instant(ps, i + 1, w.at());
            ps.setString(i + 3, w.channel().name());
            date(ps, i + 4, Option.none());
            text(ps, i + 5, Option.none());
        }
    }

    static ConsentEvent consentEvent(ResultSet rs) throws SQLException {
        Instant at = instant(rs, "at");
        Channel channel = Channel.valueOf(rs.getString("channel"));
        return switch (rs.getString("kind")) {
            case "GIVEN" -> new ConsentEvent.Given(at, date(rs, "statement_version"), channel,
                    rs.getString("evidence_reference"));
            case "WITHDRAWN" -> new ConsentEvent.Withdrawn(at, channel);
            default -> throw new IllegalStateException("unknown consent event kind");
        };
    }

    // --- restrictions (18) and objections (21) ---

    static Restriction restriction(ResultSet rs) throws SQLException {
        return new Restriction(rs.getString("restriction_id"), RestrictionGround.valueOf(rs.getString("ground")),
                instant(rs, "from_at"), optionalInstant(rs, "lifted_at"),
                HashSet.ofAll(texts(rs, "consented_purposes")));
    }

    static Objection objection(ResultSet rs) throws SQLException {
        Option<Instant> decided = optionalInstant(rs, "decided_at");
        Objection.Outcome outcome = switch (rs.getString("outcome")) {
            case "PENDING" -> new Objection.Outcome.Pending();
            case "UPHELD" -> new Objection.Outcome.Upheld(decided.get());
            case "OVERRIDDEN" -> new Objection.Outcome.Overridden(decided.get(),
                    OverrideGround.valueOf(rs.getString("override_ground")));
            default -> throw new IllegalStateException("unknown objection outcome");
        };
        return new Objection(rs.getString("purpose_id"), instant(rs, "received_at"), rs.getBoolean("direct_marketing"),
                outcome);
    }

    static String outcome(Objection o) {
        return o.outcome() instanceof Objection.Outcome.Upheld ? "UPHELD"
                : o.outcome() instanceof Objection.Outcome.Overridden ? "OVERRIDDEN" : "PENDING";
    }

    static Option<Instant> decidedAt(Objection o) {
        return o.outcome() instanceof Objection.Outcome.Upheld u ? Option.some(u.at())
                : o.outcome() instanceof Objection.Outcome.Overridden x ? Option.some(x.at()) : Option.none();
    }

    // --- rights request events (12, 15-22) ---

    /**
     * Binds kind, at, at_ns, request_type, information, months, extension_reason, refusal_ground from
     * parameter {@code i}.
     */
    static void requestEvent(PreparedStatement ps, int i, RequestEvent e) throws SQLException {
        ps.setString(i, e.kind().name());
        instant(ps, i + 1, e.at());
        text(ps, i + 3, e instanceof RequestEvent.Received x ? Option.some(x.type().name()) : Option.none());
        text(ps, i + 4, e instanceof RequestEvent.InformationRequested x ? Option.some(x.what().name())
                : Option.none());
        if (e instanceof RequestEvent.Extended x) {
            ps.setInt(i + 5, x.months());
            ps.setString(i + 6, x.reason().name());
        } else {
            ps.setNull(i + 5, Types.INTEGER);
            ps.setNull(i + 6, Types.VARCHAR);
        }
        text(ps, i + 7, e instanceof RequestEvent.PartlyGranted x ? Option.some(x.ground().name())
                : e instanceof RequestEvent.Refused x ? Option.some(x.ground().name()) : Option.none());
    }

    static RequestEvent requestEvent(ResultSet rs) throws SQLException {
        Instant at = instant(rs, "at");
        return switch (RequestEvent.Kind.valueOf(rs.getString("kind"))) {
            case RECEIVED -> new RequestEvent.Received(at, RequestType.valueOf(rs.getString("request_type")));
            case INFORMATION_REQUESTED -> new RequestEvent.InformationRequested(at,
                    RequestEvent.Information.valueOf(rs.getString("information")));
            case INFORMATION_RECEIVED -> new RequestEvent.InformationReceived(at);
            case STARTED -> new RequestEvent.Started(at);
            case EXTENDED -> new RequestEvent.Extended(at, rs.getInt("months"),
                    RequestEvent.ExtensionReason.valueOf(rs.getString("extension_reason")));
            case COMPLETED -> new RequestEvent.Completed(at);
            case PARTLY_GRANTED -> new RequestEvent.PartlyGranted(at,
                    RefusalGround.valueOf(rs.getString("refusal_ground")));
            case REFUSED -> new RequestEvent.Refused(at, RefusalGround.valueOf(rs.getString("refusal_ground")));
            case WITHDRAWN -> new RequestEvent.Withdrawn(at);
        };
    }

    // --- legal holds (17(3)) ---

    static LegalHold hold(ResultSet rs) throws SQLException {
        return new LegalHold(rs.getString("hold_id"), LegalHold.Scope.valueOf(rs.getString("scope")),
                rs.getString("target_id"), LegalHold.Reason.valueOf(rs.getString("reason")),
                rs.getObject("placed", LocalDate.class), date(rs, "lifted"));
    }

    // --- notices ---

    static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(rs.getString("notice_id"), Notice.Kind.valueOf(rs.getString("kind")),
                SubjectId.of(rs.getString("subject_id")), date(rs, "due_by"), Notice.Form.valueOf(rs.getString("form")),
                new Citation(rs.getString("citation_instrument"), rs.getString("citation_provision")),
                rs.getString("about"));
    }

    // --- records of the catalogue ---

    /** A record, with its triggers as two parallel arrays ({@code triggers}, {@code trigger_dates}). */
    static PersonalRecord record(ResultSet rs) throws SQLException {
        HashMap<RetentionTrigger, LocalDate> triggers = HashMap.empty();
        Array names = rs.getArray("triggers");
        Array dates = rs.getArray("trigger_dates");
        if (names != null && dates != null) {
            try {
                String[] n = (String[]) names.getArray();
                Object[] d = (Object[]) dates.getArray();
                for (int k = 0; k < n.length; k++) {
                    triggers = triggers.put(RetentionTrigger.valueOf(n[k]), date(d[k]));
                }
            } finally {
                names.free();
                dates.free();
            }
        }
        return new PersonalRecord(rs.getString("record_id"), SubjectId.of(rs.getString("subject_id")),
                rs.getString("purpose_id"), texts(rs, "data_categories"), Option.of(rs.getString("source")),
                rs.getBoolean("provided_by_subject"), Option.of(rs.getString("dossier_id")),
                Option.of(rs.getString("retention_rule")), triggers);
    }

    /** A {@code date} element of an array, as the driver gives it ({@link java.sql.Date}). */
    private static LocalDate date(Object element) {
        if (element instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (element instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(element.toString());
    }

    // --- audit entries (5(2)) ---

    /**
     * The chained entries of a result set ordered by {@code sequence, position}, one row per citation (an
     * entry without citations has one row whose {@code position} is null): read one entry at a time, so that
     * {@link io.github.grondslag.domain.audit.AuditChain#verify} can run over a cursor.
     */
    static final class Chain implements Iterator<ChainedEntry> {
        private final ResultSet rs;
        /** Whether {@code rs} stands on a row not yet read. */
        private boolean onRow;
        private boolean done;

        Chain(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (done) {
                return false;
            }
            if (!onRow) {
                onRow = advance();
                done = !onRow;
            }
            return onRow;
        }

        @Override
        public ChainedEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                long sequence = rs.getLong("sequence");
                Instant at = instant(rs, "at");
                AuditAction action = AuditAction.valueOf(rs.getString("action"));
                Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
                Option<SubjectRef> subject = Option.of(rs.getString("subject_ref")).map(SubjectRef::new);
                Option<String> purpose = Option.of(rs.getString("purpose_id"));
                Option<RequestType> type = Option.of(rs.getString("request_type")).map(RequestType::valueOf);
                String previous = rs.getString("previous_hash");
                String hash = rs.getString("hash");
                java.util.List<Citation> rules = new java.util.ArrayList<>();
                do {
                    if (rs.getObject("position") != null) {
                        rules.add(new Citation(rs.getString("instrument"), rs.getString("provision")));
                    }
                    onRow = advance();
                } while (onRow && rs.getLong("sequence") == sequence);
                done = !onRow;
                return new ChainedEntry(sequence, new AuditEntry(at, action, outcome, subject, purpose, type,
                        List.ofAll(rules)), previous, hash);
            } catch (SQLException e) {
                throw PostgresStoreException.of("reading the audit trail", e);
            }
        }

        private boolean advance() {
            try {
                return rs.next();
            } catch (SQLException e) {
                throw PostgresStoreException.of("reading the audit trail", e);
            }
        }
    }

    /** The columns {@link Chain} reads, of {@code audit_entry a LEFT JOIN audit_citation c}. */
    static final String CHAIN_COLUMNS = "a.sequence, a.at, a.at_ns, a.action, a.outcome, a.subject_ref, a.purpose_id,"
            + " a.request_type, a.previous_hash, a.hash, c.position, c.instrument, c.provision";
}

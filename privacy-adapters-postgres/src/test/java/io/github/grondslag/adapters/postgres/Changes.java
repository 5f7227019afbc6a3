package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;

/** Changes and look-ups the tests of this module share. */
final class Changes {

    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    static final SubjectRef REF = new SubjectRef("ab".repeat(32));

    private Changes() {
    }

    static AuditEntry entry(AuditAction action) {
        return new AuditEntry(AT, action, Outcome.DONE, Option.some(REF), Option.some("p"), Option.none(),
                List.of(Citation.avg("7(1)")));
    }

    /** A ledger of {@code events} consents given, one minute apart. */
    static ConsentLedger ledger(String subject, String purpose, int events) {
        return new ConsentLedger(SubjectId.of(subject), purpose, List.range(0, events).map(i ->
                new ConsentEvent.Given(AT.plusSeconds(60L * i), Option.none(), Channel.EMAIL, "evidence-" + i)));
    }

    /** Consent given once more on a ledger of {@code expected} events, with its entry and a receipt. */
    static Change consent(String subject, String purpose, int expected, String noticeId) {
        return new Change(List.of(new Write.Consent(ledger(subject, purpose, expected + 1), expected)),
                List.of(entry(AuditAction.CONSENT_GIVEN)), List.of(notice(noticeId, subject)));
    }

    static Notice notice(String id, String subject) {
        return new Notice(id, Notice.Kind.CONSENT_RECEIPT, SubjectId.of(subject), Option.some(LocalDate.of(2026, 1, 6)),
                Notice.Form.ANY, Citation.avg("7(1)"), "receipt");
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

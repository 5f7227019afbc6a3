package io.github.grondslag.domain.port;

import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.notice.Notice;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * What one command changes, committed together or not at all ({@link UnitOfWork}): the aggregates it
 * writes, the audit entries that account for it (AVG 5(2)) and the notices it owes the subject.
 * A change with no write records a decision or a refusal in the audit trail.
 *
 * @param writes  the aggregates written, each with the version it was read at; at most one write per
 *                aggregate
 * @param audit   the audit entries that account for the change, chained by the store in this order
 * @param notices the notices the change owes, queued in the outbox with it
 */
public record Change(List<Write> writes, List<AuditEntry> audit, List<Notice> notices) {
    /**
     * Checks the change: no component {@code null}, and no aggregate written twice.
     *
     * @param writes  the aggregates written, each with the version it was read at
     * @param audit   the audit entries that account for the change
     * @param notices the notices the change owes
     * @throws NullPointerException     when a component is {@code null}
     * @throws IllegalArgumentException when two writes are about the same aggregate (the same consent
     *                                  ledger, subject state, rights request or legal hold)
     */
    public Change {
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(notices, "notices");
        if (writes.map(Change::aggregate).distinct().size() != writes.size()) {
            throw new IllegalArgumentException("a change writes each aggregate at most once");
        }
    }

    /** Which aggregate a write is about (for the check above; never printed). */
    private static String aggregate(Write w) {
        if (w instanceof Write.Consent c) {
            return "consent\u0000" + c.ledger().subject().value() + "\u0000" + c.ledger().purposeId();
        }
        if (w instanceof Write.State s) {
            return "state\u0000" + s.state().subject().value();
        }
        if (w instanceof Write.Request r) {
            return "request\u0000" + r.request().id();
        }
        return "hold\u0000" + ((Write.Hold) w).hold().id();
    }

    /**
     * One write, its audit entry, no notice.
     *
     * @param write the aggregate written
     * @param entry the audit entry that accounts for it
     * @return the change
     */
    public static Change of(Write write, AuditEntry entry) {
        return new Change(List.of(write), List.of(entry), List.empty());
    }

    /**
     * Only an audit entry: a decision, a rejection, a conflict; nothing else changes.
     *
     * @param entry the audit entry
     * @return the change, with no write and no notice
     */
    public static Change audit(AuditEntry entry) {
        return new Change(List.empty(), List.of(entry), List.empty());
    }

    /**
     * This change, owing these notices as well.
     *
     * @param owed the notices to queue with the change, after those it owes already
     * @return a new change; this one is unchanged
     */
    public Change owing(List<Notice> owed) {
        return new Change(writes, audit, notices.appendAll(owed));
    }
}

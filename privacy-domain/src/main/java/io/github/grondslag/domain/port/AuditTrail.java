package io.github.grondslag.domain.port;

/** The append-only audit trail: every decision and every change is written here (AVG 5(2)). */
public interface AuditTrail {
    /** Appends an entry; an entry once written is never changed or removed. */
    void append(AuditEntry entry);
}

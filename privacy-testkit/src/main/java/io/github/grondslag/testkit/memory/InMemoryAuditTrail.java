package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.AuditEntry;
import io.github.grondslag.domain.port.AuditTrail;
import io.vavr.collection.List;

import java.util.concurrent.CopyOnWriteArrayList;

/** The audit trail in memory: append-only, readable in order. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final CopyOnWriteArrayList<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(java.util.Objects.requireNonNull(entry, "entry"));
    }

    /** Every entry, in the order appended. */
    public List<AuditEntry> entries() {
        return List.ofAll(entries);
    }
}

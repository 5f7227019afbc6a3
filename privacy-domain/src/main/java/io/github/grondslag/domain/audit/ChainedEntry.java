package io.github.grondslag.domain.audit;

import java.util.Objects;

/**
 * An audit entry in its place in the chain: its sequence number (from 1), the hash of the entry
 * before it ({@link AuditChain#GENESIS} for the first) and its own hash over both
 * ({@link AuditChain#hash}).
 */
public record ChainedEntry(long sequence, AuditEntry entry, String previous, String hash) {
    public ChainedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(hash, "hash");
    }
}

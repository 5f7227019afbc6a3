package io.github.grondslag.domain.audit;

import java.util.Objects;

/**
 * An audit entry in its place in the chain: its sequence number (from 1), the hash of the entry
 * before it ({@link AuditChain#GENESIS} for the first) and its own hash over both
 * ({@link AuditChain#hash}).
 *
 * @param sequence the entry's place in the chain, from 1
 * @param entry the audit entry
 * @param previous the hash of the entry before it, or {@link AuditChain#GENESIS}
 * @param hash the entry's own hash
 */
public record ChainedEntry(long sequence, AuditEntry entry, String previous, String hash) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param sequence the entry's place in the chain, from 1
     * @param entry the audit entry
     * @param previous the hash of the entry before it, or {@link AuditChain#GENESIS}
     * @param hash the entry's own hash
     * @throws NullPointerException when the entry or a hash is {@code null}
     */
    public ChainedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(hash, "hash");
    }
}

package io.github.grondslag.domain.audit;

import io.github.grondslag.domain.law.Citation;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Iterator;

/**
 * The hash chain of the audit trail. Each entry's hash is SHA-256 over its sequence number, its
 * content and the hash of the entry before it, each field length-prefixed so that no two entries
 * encode alike. Changing, removing or reordering an entry breaks the chain from that entry on;
 * {@link #verify} names the first entry where it breaks.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * Chains an entry after the last one.
     *
     * @param last the chain's last entry, or none when the chain is empty
     * @param entry the entry to chain
     * @return the entry chained after {@code last}, or as the first (sequence 1, {@link #GENESIS}) when there is none
     */
    public static ChainedEntry link(Option<ChainedEntry> last, AuditEntry entry) {
        long sequence = last.map(ChainedEntry::sequence).getOrElse(0L) + 1;
        String previous = last.map(ChainedEntry::hash).getOrElse(GENESIS);
        return new ChainedEntry(sequence, entry, previous, hash(sequence, entry, previous));
    }

    /**
     * Computes the hash an entry must carry at its place in the chain: SHA-256 over the sequence
     * number, every field of the entry and the previous hash, each length-prefixed.
     *
     * @param sequence the entry's sequence number (from 1)
     * @param e the entry
     * @param previous the hash of the entry before it ({@link #GENESIS} for the first)
     * @return the hash, as 64 lower-case hex digits
     */
    public static String hash(long sequence, AuditEntry e, String previous) {
        StringBuilder s = new StringBuilder(256);
        field(s, Long.toString(sequence));
        field(s, e.at().toString());
        field(s, e.action().name());
        field(s, e.outcome().name());
        field(s, e.subject().map(SubjectRef::value).getOrElse(""));
        field(s, e.purposeId().getOrElse(""));
        field(s, e.requestType().map(Enum::name).getOrElse(""));
        field(s, Integer.toString(e.rules().size()));
        for (Citation c : e.rules()) {
            field(s, c.instrument());
            field(s, c.provision());
        }
        field(s, previous);
        MessageDigest sha = Pseudonyms.sha256();
        return Pseudonyms.hex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder s, String value) {
        s.append(value.length()).append(':').append(value).append(';');
    }

    /**
     * Verifies a chain read in its stored order: every sequence number in turn from 1, every hash
     * recomputed, every entry pointing to the one before. The first break is named: an entry whose
     * number is missing (removed) or out of place (reordered), or whose content or link does not match
     * (changed; when an entry points to another hash than the one before it, the one before was changed).
     *
     * @param entries the chain's entries in their stored order; read to the end unless it breaks
     * @return how many entries were read, the head hash and the first break, if any
     */
    public static Verification verify(Iterator<ChainedEntry> entries) {
        long expected = 1;
        String previous = GENESIS;
        while (entries.hasNext()) {
            ChainedEntry c = entries.next();
            if (c.sequence() != expected) {
                return broken(expected - 1, previous, placeOf(expected, c, entries));
            }
            if (!c.previous().equals(previous)) {
                return broken(expected - 1, previous, new ChainBreak(Math.max(1, expected - 1),
                        ChainBreak.Kind.CHANGED));
            }
            if (!hash(c.sequence(), c.entry(), c.previous()).equals(c.hash())) {
                return broken(expected - 1, previous, new ChainBreak(expected, ChainBreak.Kind.CHANGED));
            }
            previous = c.hash();
            expected++;
        }
        return new Verification(expected - 1, previous, Option.none());
    }

    /** Where entry {@code expected} went: further on (reordered), or nowhere (removed). */
    private static ChainBreak placeOf(long expected, ChainedEntry found, Iterator<ChainedEntry> rest) {
        if (found.sequence() < expected) {
            return new ChainBreak(found.sequence(), ChainBreak.Kind.REORDERED);
        }
        while (rest.hasNext()) {
            if (rest.next().sequence() == expected) {
                return new ChainBreak(expected, ChainBreak.Kind.REORDERED);
            }
        }
        return new ChainBreak(expected, ChainBreak.Kind.REMOVED);
    }

    private static Verification broken(long read, String head, ChainBreak at) {
        return new Verification(read, head, Option.some(at));
    }
}

package io.github.grondslag.domain.port;

import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.audit.Verification;
import io.vavr.collection.List;

import java.time.Instant;

/**
 * The read side of the append-only audit trail (AVG 5(2)). Entries are written only through
 * {@link UnitOfWork#commit}, with the change they account for; once written they are never changed or
 * removed, and {@link #verify} proves it.
 *
 * <p>"In chain order" below means by {@link ChainedEntry#sequence()}, ascending: the order in which
 * the entries were committed, not the order of their instants.
 */
public interface AuditTrail {

    /**
     * A subject's entries, for an access request or a complaint (15(1), 77). The reference is the
     * subject's keyed pseudonym ({@link io.github.grondslag.domain.audit.Pseudonyms}); entries without a
     * subject, such as those of legal holds, are never among them. Found through an index, without a
     * scan of the whole trail.
     *
     * @param subject the subject's pseudonymous reference, made with the key that wrote the entries
     * @return every entry about the subject, in chain order; an empty list when there is none (or when
     *         the reference was made with another key)
     */
    List<ChainedEntry> entriesOf(SubjectRef subject);

    /**
     * The entries of a period, by the instant each entry records.
     *
     * @param from the start of the period, inclusive
     * @param to   the end of the period, exclusive
     * @return every entry whose instant is at or after {@code from} and before {@code to}, in chain
     *         order; an empty list when there is none, or when {@code to} is not after {@code from}
     */
    List<ChainedEntry> entriesBetween(Instant from, Instant to);

    /**
     * Verifies the whole chain, in stored order: every entry's hash, its link to the entry before it
     * and its sequence number.
     *
     * @return how many entries held from the first, the hash of the last entry that held (keep it
     *         elsewhere and compare later: a chain cut at its end is still a valid chain) and the first
     *         break, if any; an empty trail is intact, with no entries
     */
    Verification verify();
}

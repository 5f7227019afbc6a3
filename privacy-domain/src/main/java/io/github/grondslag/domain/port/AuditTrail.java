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
 */
public interface AuditTrail {

    /** A subject's entries, in order (for an access request or a complaint: 15(1), 77). */
    List<ChainedEntry> entriesOf(SubjectRef subject);

    /** The entries from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<ChainedEntry> entriesBetween(Instant from, Instant to);

    /** Verifies the whole chain, in stored order. */
    Verification verify();
}

package io.github.grondslag.testkit.memory;

import io.github.grondslag.adapters.json.store.AggregateStore;
import io.github.grondslag.adapters.json.store.Line;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.port.NotCommitted;
import io.github.grondslag.domain.record.PersonalRecord;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Every port of the domain in memory, with the same unit of work, indexes and audit chain as the
 * journal store ({@link AggregateStore}) and no durability: for tests, examples and the contract
 * suites' reference. Commits are serialised; nothing is ever refused as too large.
 */
public final class InMemoryStore extends AggregateStore {

    private long steps;

    @Override
    protected Either<NotCommitted, Long> write(Line line) {
        return Either.right(++steps);
    }

    @Override
    protected void awaitDurable(long ticket) {
        // nothing to wait for: memory is all there is
    }

    /** {@return every audit entry, in order, without its place in the chain} */
    public List<AuditEntry> entries() {
        return verifyAndList();
    }

    private List<AuditEntry> verifyAndList() {
        return entriesBetween(java.time.Instant.MIN, java.time.Instant.MAX).map(ChainedEntry::entry);
    }

    /**
     * Adds records to the record catalogue, the records a retention sweep goes through.
     *
     * @param records the records to add; a record with the id of one already held replaces it
     * @return this store, to add more
     */
    public InMemoryStore add(PersonalRecord... records) {
        put(List.of(records));
        return this;
    }
}

package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The consent store in memory, thread-safe, with optimistic writes. For tests and examples. */
public final class InMemoryConsentLedgers implements ConsentLedgers {

    private record Key(SubjectId subject, String purposeId) {
    }

    private final ConcurrentMap<Key, ConsentLedger> ledgers = new ConcurrentHashMap<>();

    @Override
    public ConsentLedger ledger(SubjectId subject, String purposeId) {
        return ledgers.getOrDefault(new Key(subject, purposeId), ConsentLedger.empty(subject, purposeId));
    }

    @Override
    public List<ConsentLedger> ledgers(SubjectId subject) {
        return List.ofAll(ledgers.values()).filter(l -> l.subject().equals(subject)).sortBy(ConsentLedger::purposeId);
    }

    @Override
    public Either<ConcurrentChange, ConsentLedger> save(ConsentLedger ledger, long expectedVersion) {
        return Versioned.save(ledgers, new Key(ledger.subject(), ledger.purposeId()), ledger, expectedVersion,
                ConsentLedger::version, "consent ledger");
    }
}

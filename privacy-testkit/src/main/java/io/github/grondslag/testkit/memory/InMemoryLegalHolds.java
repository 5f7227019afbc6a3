package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.retention.LegalHold;
import io.vavr.collection.List;

import java.util.concurrent.ConcurrentHashMap;

/** Legal holds in memory: place, lift, and find the ones covering a record. */
public final class InMemoryLegalHolds implements LegalHolds {

    private final ConcurrentHashMap<String, LegalHold> holds = new ConcurrentHashMap<>();

    public void place(LegalHold hold) {
        holds.put(hold.id(), hold);
    }

    public void lift(String id, java.time.LocalDate on) {
        holds.computeIfPresent(id, (k, h) -> h.liftedOn(on));
    }

    @Override
    public List<LegalHold> covering(PersonalRecord record) {
        return List.ofAll(holds.values()).filter(h -> h.covers(record)).sortBy(LegalHold::id);
    }
}

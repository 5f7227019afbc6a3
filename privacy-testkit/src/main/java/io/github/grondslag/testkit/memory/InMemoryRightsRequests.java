package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.request.RightsRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Rights requests in memory, thread-safe, with optimistic writes. */
public final class InMemoryRightsRequests implements RightsRequests {

    private final ConcurrentMap<String, RightsRequest> requests = new ConcurrentHashMap<>();

    @Override
    public Option<RightsRequest> find(String id) {
        return Option.of(requests.get(id));
    }

    @Override
    public List<RightsRequest> open() {
        return List.ofAll(requests.values()).filter(r -> !r.status().isClosed()).sortBy(RightsRequest::receivedAt);
    }

    @Override
    public Either<ConcurrentChange, RightsRequest> save(RightsRequest request, long expectedVersion) {
        return Versioned.save(requests, request.id(), request, expectedVersion, r -> r.events().size(),
                "rights request");
    }
}

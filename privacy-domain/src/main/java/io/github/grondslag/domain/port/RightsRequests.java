package io.github.grondslag.domain.port;

import io.github.grondslag.domain.request.RightsRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The store of rights requests, with optimistic writes (the version is the number of events). */
public interface RightsRequests {

    Option<RightsRequest> find(String id);

    /** Every request not yet answered or withdrawn. */
    List<RightsRequest> open();

    /** Stores the request if the stored one still has {@code expectedVersion} events (0 for a new one). */
    Either<ConcurrentChange, RightsRequest> save(RightsRequest request, long expectedVersion);
}

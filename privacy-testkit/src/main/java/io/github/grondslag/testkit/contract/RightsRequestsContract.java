package io.github.grondslag.testkit.contract;

import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every store of rights requests must do. */
public interface RightsRequestsContract {

    RightsRequests newStore();

    private static RightsRequest request(String id) {
        return RightsRequest.received(id, SubjectId.of("s"), RequestType.ACCESS, Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    default void aSavedRequestIsFoundAgain() {
        RightsRequests store = newStore();
        store.save(request("a"), 0);
        assertEquals(request("a"), store.find("a").get());
        assertTrue(store.find("b").isEmpty());
    }

    @Test
    default void aWriteOnAStaleVersionIsRefusedAndLosesNothing() {
        RightsRequests store = newStore();
        RightsRequest started = request("a").record(new RequestEvent.Started(Instant.parse("2026-03-03T09:00:00Z")))
                .get();
        store.save(request("a"), 0);
        assertTrue(store.save(started, 1).isRight());
        assertTrue(store.save(request("a"), 1).isLeft());
        assertEquals(started, store.find("a").get());
        assertTrue(store.save(request("a"), 0).isLeft(), "a second new request with the same id is refused");
    }

    @Test
    default void openListsOnlyRequestsNotAnsweredOrWithdrawn() {
        RightsRequests store = newStore();
        store.save(request("a"), 0);
        store.save(request("b").record(new RequestEvent.Completed(Instant.parse("2026-03-04T09:00:00Z"))).get(), 0);
        assertEquals(List.of("a"), store.open().map(RightsRequest::id));
    }
}

package io.github.grondslag.testkit.adapters;

import io.github.grondslag.adapters.json.JsonFileRightsRequests;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.testkit.contract.RightsRequestsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The durable JSON-file request store keeps the contract and reads back every kind of event. */
class JsonFileRightsRequestsTest implements RightsRequestsContract {

    @TempDir
    Path dir;

    private int stores;

    @Override
    public RightsRequests newStore() {
        return new JsonFileRightsRequests(dir.resolve("store-" + stores++));
    }

    @Test
    void aRequestWithEveryKindOfEventIsReadBackEqual() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        Deadlines dutch = new Deadlines(DutchCalendar.statutory(), Deadlines.AMSTERDAM, Deadlines.Suspension.SUSPEND);
        RightsRequest r = RightsRequest.received("req-1", SubjectId.of("s"), RequestType.ERASURE, t)
                .record(new RequestEvent.InformationRequested(t.plusSeconds(60), RequestEvent.Information.IDENTITY)).get()
                .record(new RequestEvent.InformationReceived(t.plusSeconds(86_400))).get()
                .extend(new RequestEvent.Extended(t.plusSeconds(2 * 86_400), 1,
                        RequestEvent.ExtensionReason.NUMBER_OF_REQUESTS), dutch, 1).get()
                .record(new RequestEvent.PartlyGranted(t.plusSeconds(30 * 86_400),
                        RefusalGround.LEGAL_RETENTION_OBLIGATION)).get();
        new JsonFileRightsRequests(dir).save(r, 0);
        assertEquals(r, new JsonFileRightsRequests(dir).find("req-1").get());
        RightsRequest other = RightsRequest.received("req-2", SubjectId.of("s"), RequestType.ACCESS, t)
                .record(new RequestEvent.Started(t.plusSeconds(60))).get()
                .record(new RequestEvent.Refused(t.plusSeconds(120), RefusalGround.EXCESSIVE)).get();
        RightsRequest third = RightsRequest.received("req-3", SubjectId.of("s"), RequestType.ACCESS, t)
                .record(new RequestEvent.Withdrawn(t.plusSeconds(60))).get();
        RightsRequest fourth = RightsRequest.received("req-4", SubjectId.of("s"), RequestType.ACCESS, t)
                .record(new RequestEvent.Started(t.plusSeconds(60))).get()
                .record(new RequestEvent.Completed(t.plusSeconds(120))).get();
        for (RightsRequest x : io.vavr.collection.List.of(other, third, fourth)) {
            new JsonFileRightsRequests(dir).save(x, 0);
            assertEquals(x, new JsonFileRightsRequests(dir).find(x.id()).get());
        }
    }
}

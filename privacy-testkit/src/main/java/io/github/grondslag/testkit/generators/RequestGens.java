package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;

/**
 * Generators for rights requests of chapter III of the AVG (access, erasure, objection, ...):
 * received instants and histories of events, legal or not, for the request's state machine to
 * accept or refuse and for the deadlines of art. 12(3) to be computed on. They shrink towards an
 * early receipt, the first request type and short histories.
 */
public final class RequestGens {

    private RequestGens() {
    }

    /**
     * {@return instants a request is received: from 2020-01-01 to 2060-12-31T23:59Z, at any time of
     * day (whole milliseconds), so that late evenings, weekends and Dutch holidays all occur;
     * shrinks towards 2020-01-01T00:00Z}
     */
    public static Gen<Instant> receivedInstants() {
        return Gens.instants(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2060-12-31T23:59:00Z"));
    }

    /**
     * Events of any kind (started, information requested or received, extended by one or two
     * months, completed, partly granted, refused, withdrawn, or even a second receipt), with any
     * reason or ground: legal or not, for the request to accept or refuse. Each falls from about 17
     * hours before to about two weeks after the given instant, so mostly after it (whole minutes).
     * Shrinks towards a {@code Started} event at the given instant.
     *
     * @param after the instant the event mostly follows, usually the previous event's
     * @return a generator of request events
     */
    public static Gen<RequestEvent> event(Instant after) {
        return c -> {
            Instant at = after.plus(Duration.ofMinutes(Gens.integers(-1_000, 20_000).generate(c)));
            return switch (Gens.integers(0, 8).generate(c)) {
                case 0 -> new RequestEvent.Started(at);
                case 1 -> new RequestEvent.InformationRequested(at, Gens.elements(RequestEvent.Information.values())
                        .generate(c));
                case 2 -> new RequestEvent.InformationReceived(at);
                case 3 -> new RequestEvent.Extended(at, Gens.integers(1, 2).generate(c),
                        Gens.elements(RequestEvent.ExtensionReason.values()).generate(c));
                case 4 -> new RequestEvent.Completed(at);
                case 5 -> new RequestEvent.PartlyGranted(at, Gens.elements(RefusalGround.values()).generate(c));
                case 6 -> new RequestEvent.Refused(at, Gens.elements(RefusalGround.values()).generate(c));
                case 7 -> new RequestEvent.Withdrawn(at);
                default -> new RequestEvent.Received(at, Gens.elements(RequestType.values()).generate(c));
            };
        };
    }

    /**
     * {@return histories of a request: its receipt (of any request type) at one of
     * {@link #receivedInstants()}, in a quarter of them an early extension within 20 days, then zero
     * to six events of {@link #event(Instant)}, each drawn around the one before it: legal or not,
     * mostly in time order}
     */
    public static Gen<List<RequestEvent>> histories() {
        return c -> {
            Instant at = receivedInstants().generate(c);
            List<RequestEvent> events = List.of(new RequestEvent.Received(at, Gens.elements(RequestType.values())
                    .generate(c)));
            if (Gens.integers(0, 3).generate(c) == 0) {
                // a quarter of the histories extend early, so that legal extensions are common
                events = events.append(new RequestEvent.Extended(at.plus(Duration.ofDays(Gens.integers(0, 20)
                        .generate(c))), Gens.integers(1, 2).generate(c),
                        Gens.elements(RequestEvent.ExtensionReason.values()).generate(c)));
            }
            int count = Gens.integers(0, 6).generate(c);
            for (int i = 0; i < count; i++) {
                RequestEvent e = event(events.last().at()).generate(c);
                events = events.append(e);
            }
            return events;
        };
    }
}

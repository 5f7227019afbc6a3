package io.github.grondslag.domain.request;

import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.request.RequestEvent.Kind;
import io.github.grondslag.domain.request.Transitions.Transition;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.github.grondslag.domain.request.RightsRequestTest.DEADLINES;
import static io.github.grondslag.domain.request.RightsRequestTest.SUBJECT;
import static io.github.grondslag.domain.request.RightsRequestTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RightsRequest} against the state machine's table, {@link Transitions#TABLE}, read here
 * row by row: for every status and every kind of event, the request accepts the event exactly
 * when a row allows it, and is then in that row's status. The expected outcome is computed from the
 * rows' fields, not through {@link Transitions#next}, so that a branch of {@link RightsRequest} that
 * disagrees with the table fails here.
 */
class TransitionsTest {

    private static final int POLICY = ResponsePolicy.MAXIMUM_EXTENSION_MONTHS;
    /** After the last event of every history below, and within the first month (2 March 2026 + 1 month). */
    private static final Instant AT = day(3);

    /** A legal history that ends in each status, replayed through {@link RightsRequest#replay}. */
    private static final Map<RequestStatus, List<RequestEvent>> HISTORIES = LinkedHashMap.of(
            RequestStatus.RECEIVED, List.of(),
            RequestStatus.AWAITING_INFORMATION,
            List.of(new RequestEvent.InformationRequested(day(1), RequestEvent.Information.IDENTITY)),
            RequestStatus.IN_PROGRESS, List.of(new RequestEvent.Started(day(1))),
            RequestStatus.EXTENDED, List.of(new RequestEvent.Started(day(1)),
                    new RequestEvent.Extended(day(2), 1, RequestEvent.ExtensionReason.COMPLEXITY)),
            RequestStatus.COMPLETED, List.of(new RequestEvent.Completed(day(1))),
            RequestStatus.PARTLY_GRANTED, List.of(new RequestEvent.PartlyGranted(day(1), RefusalGround.RIGHTS_OF_OTHERS)),
            RequestStatus.REFUSED, List.of(new RequestEvent.Refused(day(1), RefusalGround.MANIFESTLY_UNFOUNDED)),
            RequestStatus.WITHDRAWN, List.of(new RequestEvent.Withdrawn(day(1))));

    /** Events of each kind at {@link #AT}: every variant the table may tell apart (every refusal ground). */
    private static final Map<Kind, List<RequestEvent>> EVENTS = LinkedHashMap.of(
            Kind.RECEIVED, List.of(new RequestEvent.Received(AT, RequestType.ACCESS)),
            Kind.INFORMATION_REQUESTED, List.of(RequestEvent.Information.values())
                    .map(what -> new RequestEvent.InformationRequested(AT, what)),
            Kind.INFORMATION_RECEIVED, List.of(new RequestEvent.InformationReceived(AT)),
            Kind.STARTED, List.of(new RequestEvent.Started(AT)),
            Kind.EXTENDED, List.of(new RequestEvent.Extended(AT, 1, RequestEvent.ExtensionReason.COMPLEXITY),
                    new RequestEvent.Extended(AT, ResponsePolicy.MAXIMUM_EXTENSION_MONTHS,
                            RequestEvent.ExtensionReason.NUMBER_OF_REQUESTS)),
            Kind.COMPLETED, List.of(new RequestEvent.Completed(AT)),
            Kind.PARTLY_GRANTED, List.of(RefusalGround.values()).map(g -> new RequestEvent.PartlyGranted(AT, g)),
            Kind.REFUSED, List.of(RefusalGround.values()).map(g -> new RequestEvent.Refused(AT, g)),
            Kind.WITHDRAWN, List.of(new RequestEvent.Withdrawn(AT)));

    private static RightsRequest inStatus(RequestStatus status) {
        List<RequestEvent> history = HISTORIES.get(status).get()
                .prepend(new RequestEvent.Received(RightsRequestTest.T0, RequestType.ACCESS));
        RightsRequest r = RightsRequest.replay("r1", SUBJECT, history, DEADLINES, POLICY).get();
        assertEquals(status, r.status(), "the history built for " + status);
        return r;
    }

    /** The rows that allow the event from the status, read from their fields. */
    private static List<Transition> rowsFor(RequestStatus from, RequestEvent event) {
        return Transitions.TABLE.filter(t -> t.from() == from && t.kind() == event.kind()
                && t.onlyGrounds().forAll(grounds -> grounds.contains(((RequestEvent.Refused) event).ground())));
    }

    /** What the request does with the event: {@link RightsRequest#extend} for an extension, as replay does. */
    private static Either<Rejection, RightsRequest> offer(RightsRequest r, RequestEvent e) {
        return e instanceof RequestEvent.Extended x ? r.extend(x, DEADLINES, POLICY) : r.record(e);
    }

    @Test
    void theFixturesCoverEveryStatusAndEveryKindOfEvent() {
        assertEquals(HashSet.of(RequestStatus.values()), HISTORIES.keySet().toSet());
        assertEquals(HashSet.of(Kind.values()), EVENTS.keySet().toSet());
        EVENTS.forEach((kind, events) -> events.forEach(e -> assertEquals(kind, e.kind(), e::toString)));
    }

    @Test
    void everyStatusAcceptsExactlyTheEventsTheTableAllowsAndMovesToTheStatusItGives() {
        int accepted = 0;
        int rejected = 0;
        for (RequestStatus from : RequestStatus.values()) {
            RightsRequest r = inStatus(from);
            for (RequestEvent e : EVENTS.values().flatMap(l -> l)) {
                String what = from + " + " + e;
                List<Transition> rows = rowsFor(from, e);
                assertTrue(rows.size() <= 1, () -> "the table is ambiguous for " + what + ": " + rows);
                Either<Rejection, RightsRequest> offered = offer(r, e);
                Either<Rejection, RightsRequest> replayed = RightsRequest.replay("r1", SUBJECT,
                        r.events().append(e), DEADLINES, POLICY);
                assertEquals(rows.nonEmpty(), offered.isRight(), () -> what + " gave " + offered);
                assertEquals(rows.nonEmpty(), replayed.isRight(), () -> what + " replayed gave " + replayed);
                if (rows.nonEmpty()) {
                    accepted++;
                    assertEquals(rows.head().to(), offered.get().status(), what);
                    assertEquals(r.events().append(e), offered.get().events(), what);
                    assertEquals(offered.get(), replayed.get(), what);
                    assertEquals(Option.some(rows.head()), Transitions.find(from, e), what);
                } else {
                    rejected++;
                    assertEquals(Citation.avg("12(3)"), offered.getLeft().citation(), what);
                    assertTrue(offered.getLeft().reason().startsWith("a request that is "
                            + from.name().toLowerCase().replace('_', ' ') + " cannot be "), what);
                }
            }
        }
        assertTrue(accepted > 0 && rejected > 0, "both outcomes are checked: " + accepted + "/" + rejected);
    }

    @Test
    void aClosedStatusHasNoRowAndEveryOpenStatusHasSome() {
        for (RequestStatus s : RequestStatus.values()) {
            assertEquals(s.isClosed(), Transitions.from(s).isEmpty(), s::toString);
        }
        assertTrue(Transitions.TABLE.forAll(t -> t.kind() != Kind.RECEIVED), "a request is received once");
    }

    @Test
    void aRejectionSaysWhatTheRequestIsAndWhatItCannotBe() {
        RightsRequest waiting = inStatus(RequestStatus.AWAITING_INFORMATION);
        assertEquals("a request that is awaiting information cannot be completed",
                waiting.record(new RequestEvent.Completed(AT)).getLeft().reason());
        assertEquals("a request that is awaiting information cannot be refused on this ground",
                waiting.record(new RequestEvent.Refused(AT, RefusalGround.LEGAL_CLAIMS)).getLeft().reason());
        assertEquals("a request that is in progress cannot be received again",
                inStatus(RequestStatus.IN_PROGRESS).record(new RequestEvent.Received(AT, RequestType.ACCESS))
                        .getLeft().reason());
        assertEquals("a request that is extended cannot be extended", inStatus(RequestStatus.EXTENDED)
                .extend(new RequestEvent.Extended(AT, 1, RequestEvent.ExtensionReason.COMPLEXITY), DEADLINES, POLICY)
                .getLeft().reason());
    }

    @Test
    void whileAwaitingInformationARefusalRowCitesItsProvision() {
        assertEquals(Citation.avg("12(6)"), Transitions.find(RequestStatus.AWAITING_INFORMATION,
                new RequestEvent.Refused(AT, RefusalGround.IDENTITY_NOT_ESTABLISHED)).get().citation());
        assertEquals(Citation.avg("12(5)"), Transitions.find(RequestStatus.AWAITING_INFORMATION,
                new RequestEvent.Refused(AT, RefusalGround.EXCESSIVE)).get().citation());
        assertTrue(Transitions.find(RequestStatus.AWAITING_INFORMATION,
                new RequestEvent.Refused(AT, RefusalGround.STILL_NECESSARY)).isEmpty());
    }

    @Test
    void onlyARefusalRowNamesTheGroundsItAllows() {
        Option<io.vavr.collection.Set<RefusalGround>> grounds = Option.some(HashSet.of(RefusalGround.EXCESSIVE));
        assertEquals(grounds, new Transition(RequestStatus.IN_PROGRESS, Kind.REFUSED, RequestStatus.REFUSED,
                Citation.avg("12(5)"), grounds).onlyGrounds());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Transition(
                RequestStatus.IN_PROGRESS, Kind.COMPLETED, RequestStatus.COMPLETED, Citation.avg("12(3)"), grounds));
    }
}

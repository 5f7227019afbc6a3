package io.github.grondslag.testkit.request;

import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestStatus;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.generators.RequestGens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request's state machine against its table, written out plainly (DESIGN §3.5). */
class RightsRequestProperties {

    /** The table: the status after an event, or none when the event is not allowed. */
    private static Option<RequestStatus> table(RequestStatus s, RequestEvent e) {
        boolean open = !s.isClosed();
        String kind = e.getClass().getSimpleName();
        if (!open || kind.equals("Received")) {
            return Option.none();
        }
        if (kind.equals("Withdrawn")) {
            return Option.some(RequestStatus.WITHDRAWN);
        }
        if (kind.equals("Refused")) {
            RefusalGround g = ((RequestEvent.Refused) e).ground();
            boolean waiting = s == RequestStatus.AWAITING_INFORMATION;
            return !waiting || g == RefusalGround.IDENTITY_NOT_ESTABLISHED || g == RefusalGround.MANIFESTLY_UNFOUNDED
                    || g == RefusalGround.EXCESSIVE ? Option.some(RequestStatus.REFUSED) : Option.none();
        }
        return switch (s + "/" + kind) {
            case "RECEIVED/InformationRequested", "IN_PROGRESS/InformationRequested" ->
                    Option.some(RequestStatus.AWAITING_INFORMATION);
            case "RECEIVED/Started", "AWAITING_INFORMATION/InformationReceived" -> Option.some(RequestStatus.IN_PROGRESS);
            case "RECEIVED/Extended", "IN_PROGRESS/Extended" -> Option.some(RequestStatus.EXTENDED);
            case "RECEIVED/Completed", "IN_PROGRESS/Completed", "EXTENDED/Completed" ->
                    Option.some(RequestStatus.COMPLETED);
            case "RECEIVED/PartlyGranted", "IN_PROGRESS/PartlyGranted", "EXTENDED/PartlyGranted" ->
                    Option.some(RequestStatus.PARTLY_GRANTED);
            default -> Option.none();
        };
    }

    @Test
    void everyLegalHistoryGivesExactlyTheTablesStatusAndEveryIllegalOneARejection() {
        Property.forAll(RequestGens.histories())
                .classify(h -> RightsRequest.replay("r", SubjectId.of("s"), h).isRight() ? "legal" : "illegal")
                .requireLabel("legal", 20)
                .requireLabel("illegal", 20)
                .checkThat(history -> {
                    Option<RequestStatus> expected = Option.some(RequestStatus.RECEIVED);
                    for (RequestEvent e : history.tail()) {
                        expected = expected.flatMap(s -> table(s, e));
                    }
                    Either<?, RightsRequest> replayed = RightsRequest.replay("r", SubjectId.of("s"), history);
                    assertEquals(expected.isDefined(), replayed.isRight(), history::toString);
                    if (replayed.isRight()) {
                        assertEquals(expected.get(), replayed.get().status());
                        assertEquals(replayed.get(), RightsRequest.replay("r", SubjectId.of("s"), history).get(),
                                "replaying twice gives the same request");
                    }
                });
    }

    @Test
    void aClosedRequestRejectsEveryFurtherEvent() {
        Property.forAll(RequestGens.histories())
                .checkThat(history -> RightsRequest.replay("r", SubjectId.of("s"), history)
                        .toOption().filter(r -> r.status().isClosed())
                        .forEach(r -> assertTrue(r.record(new RequestEvent.Withdrawn(r.events().last().at())).isLeft())));
    }
}

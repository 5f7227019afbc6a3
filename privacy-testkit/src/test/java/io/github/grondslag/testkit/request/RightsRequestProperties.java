package io.github.grondslag.testkit.request;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestStatus;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request's state machine against its table, written out plainly (docs/deadlines.md). */
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

    private static final Deadlines DUTCH = new Deadlines(DutchCalendar.statutory(), Deadlines.AMSTERDAM,
            Deadlines.Suspension.SUSPEND);
    private static final SubjectId S = SubjectId.of("s");

    private static Either<?, RightsRequest> replay(List<RequestEvent> history) {
        return RightsRequest.replay("r", S, history, DUTCH, 2);
    }

    @Test
    void everyLegalHistoryGivesExactlyTheTablesStatusAndEveryIllegalOneARejection() {
        Property.forAll(Grondslag.requestHistories())
                .classify(h -> replay(h).isRight() ? "legal" : "illegal")
                .requireLabel("legal", 10)
                .requireLabel("illegal", 20)
                .classify(h -> h.exists(e -> e instanceof RequestEvent.Extended) && replay(h).isRight()
                        ? "legal extension" : "no legal extension")
                .requireLabel("legal extension", 1.5)
                .checkThat(history -> {
                    Option<RequestStatus> expected = Option.some(RequestStatus.RECEIVED);
                    List<RequestEvent> prefix = history.take(1);
                    for (RequestEvent e : history.tail()) {
                        boolean inOrder = !e.at().isBefore(prefix.last().at());
                        boolean extensionInTime = !(e instanceof RequestEvent.Extended) || expected.isDefined()
                                && !DUTCH.localDate(e.at()).isAfter(DUTCH.due(new RightsRequest("r", S, prefix))
                                .firstPeriodEnd().getOrElse(java.time.LocalDate.MIN));
                        expected = inOrder && extensionInTime ? expected.flatMap(s -> table(s, e)) : Option.none();
                        prefix = prefix.append(e);
                    }
                    Either<?, RightsRequest> replayed = replay(history);
                    assertEquals(expected.isDefined(), replayed.isRight(), history::toString);
                    if (replayed.isRight()) {
                        assertEquals(expected.get(), replayed.get().status());
                        assertEquals(replayed.get(), replay(history).get(), "replaying twice gives the same request");
                    }
                });
    }

    @Test
    void aClosedRequestRejectsEveryFurtherEvent() {
        Property.forAll(Grondslag.requestHistories())
                .checkThat(history -> replay(history)
                        .toOption().filter(r -> r.status().isClosed())
                        .forEach(r -> assertTrue(r.record(new RequestEvent.Withdrawn(r.events().last().at())).isLeft())));
    }
}

package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.WorkingDays;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RightsRequestTest {

    static final WorkingDays WEEKDAYS = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    static final Deadlines DEADLINES = new Deadlines(WEEKDAYS, ZoneId.of("Europe/Amsterdam"),
            Deadlines.Suspension.SUSPEND);
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final SubjectId SUBJECT = SubjectId.of("s");

    static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }

    static RightsRequest request() {
        return RightsRequest.received("r1", SUBJECT, RequestType.ACCESS, T0);
    }

    @Test
    void aRequestMovesFromReceiptThroughIdentificationToCompletion() {
        RightsRequest r = request()
                .record(new RequestEvent.InformationRequested(day(1), RequestEvent.Information.IDENTITY)).get();
        assertEquals(RequestStatus.AWAITING_INFORMATION, r.status());
        r = r.record(new RequestEvent.InformationReceived(day(4))).get();
        assertEquals(RequestStatus.IN_PROGRESS, r.status());
        r = r.record(new RequestEvent.Completed(day(10))).get();
        assertEquals(RequestStatus.COMPLETED, r.status());
        assertEquals(4, r.events().size());
    }

    @Test
    void aClosedRequestAcceptsNothingMore() {
        RightsRequest done = request().record(new RequestEvent.Completed(day(1))).get();
        assertEquals(Citation.avg("12(3)"), done.record(new RequestEvent.Withdrawn(day(2))).getLeft().citation());
        assertTrue(done.record(new RequestEvent.Started(day(2))).getLeft().reason().contains("completed"));
    }

    @Test
    void anEventBeforeTheLastIsRejected() {
        RightsRequest started = request().record(new RequestEvent.Started(day(5))).get();
        assertTrue(started.record(new RequestEvent.Completed(day(4))).isLeft());
    }

    @Test
    void whileAwaitingInformationOnlyTheInformationWithdrawalOrAnIdentityRefusalMayFollow() {
        RightsRequest waiting = request()
                .record(new RequestEvent.InformationRequested(day(1), RequestEvent.Information.IDENTITY)).get();
        assertTrue(waiting.record(new RequestEvent.Completed(day(2))).isLeft());
        assertTrue(waiting.record(new RequestEvent.Refused(day(2), RefusalGround.LEGAL_CLAIMS)).isLeft());
        assertEquals(RequestStatus.REFUSED,
                waiting.record(new RequestEvent.Refused(day(40), RefusalGround.IDENTITY_NOT_ESTABLISHED)).get().status());
        assertEquals(RequestStatus.WITHDRAWN, waiting.record(new RequestEvent.Withdrawn(day(2))).get().status());
    }

    @Test
    void anExtensionNeedsAReasonAtMostTwoMonthsWithinThePolicyAndBeforeTheFirstMonthEnds() {
        RightsRequest r = request().record(new RequestEvent.Started(day(1))).get();
        RequestEvent.Extended oneMonth = new RequestEvent.Extended(day(20), 1, RequestEvent.ExtensionReason.COMPLEXITY);
        assertEquals(RequestStatus.EXTENDED, r.extend(oneMonth, DEADLINES, 1).get().status());
        assertTrue(r.extend(new RequestEvent.Extended(day(20), 3, RequestEvent.ExtensionReason.COMPLEXITY),
                DEADLINES, 2).getLeft().reason().contains("one or two"));
        assertTrue(r.extend(new RequestEvent.Extended(day(20), 2, RequestEvent.ExtensionReason.COMPLEXITY),
                DEADLINES, 1).getLeft().reason().contains("at most 1"));
        assertTrue(r.extend(oneMonth, DEADLINES, 0).getLeft().reason().contains("no extension"));
        // received 2 March 2026; the first month ends on Thursday 2 April 2026
        assertTrue(r.extend(new RequestEvent.Extended(day(32), 1, RequestEvent.ExtensionReason.NUMBER_OF_REQUESTS),
                DEADLINES, 2).getLeft().reason().contains("2026-04-02"));
        RightsRequest extended = r.extend(oneMonth, DEADLINES, 2).get();
        assertTrue(extended.extend(new RequestEvent.Extended(day(21), 1, RequestEvent.ExtensionReason.COMPLEXITY),
                DEADLINES, 2).isLeft(), "extended once only");
    }

    @Test
    void replayingALegalHistoryGivesTheSameRequestAndAnIllegalOneARejection() {
        RightsRequest r = request().record(new RequestEvent.Started(day(1))).get()
                .record(new RequestEvent.PartlyGranted(day(9), RefusalGround.RIGHTS_OF_OTHERS)).get();
        assertEquals(r, RightsRequest.replay("r1", SUBJECT, r.events(), DEADLINES, 2).get());
        assertTrue(RightsRequest.replay("r1", SUBJECT, r.events().append(new RequestEvent.Started(day(10))), DEADLINES, 2).isLeft());
        assertTrue(RightsRequest.replay("r1", SUBJECT, List.of(new RequestEvent.Started(day(1))), DEADLINES, 2).isLeft());
    }

    @Test
    void anExtensionCannotSlipInThroughRecordOrAStoredHistory() {
        RightsRequest r = request().record(new RequestEvent.Started(day(1))).get();
        RequestEvent.Extended seven = new RequestEvent.Extended(day(2), 7, RequestEvent.ExtensionReason.COMPLEXITY);
        assertTrue(r.record(seven).getLeft().reason().contains("use extend"));
        assertTrue(RightsRequest.replay("r1", SUBJECT, r.events().append(seven), DEADLINES, 2).isLeft());
        assertTrue(RightsRequest.replay("r1", SUBJECT, r.events().append(new RequestEvent.Extended(day(40), 1,
                RequestEvent.ExtensionReason.COMPLEXITY)), DEADLINES, 2).isLeft(), "notified too late");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RightsRequest("r1", SUBJECT, r.events().append(seven)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RightsRequest("r1", SUBJECT, r.events().append(new RequestEvent.Completed(day(0)))));
    }
}

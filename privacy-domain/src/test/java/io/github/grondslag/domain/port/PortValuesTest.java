package io.github.grondslag.domain.port;

import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The guards of the values that cross the ports: a request write adds events; a calendar's search ends. */
class PortValuesTest {

    private static final RightsRequest RECEIVED = RightsRequest.received("r", SubjectId.of("s"), RequestType.ACCESS,
            Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void aRequestWriteMustAddEventsToTheVersionItRead() {
        assertEquals(0, new Write.Request(RECEIVED, 0).expectedVersion());
        assertThrows(IllegalArgumentException.class, () -> new Write.Request(RECEIVED, 1),
                "a write of one event on version 1 adds nothing");
    }

    @Test
    void theNextWorkingDayIsFoundWithinAYearAndABrokenCalendarIsAnError() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        int limit = WorkingDays.MAX_CONSECUTIVE_NON_WORKING_DAYS;
        LocalDate lastLooked = from.plusDays(limit - 1);
        WorkingDays justInReach = d -> d.equals(lastLooked);
        assertEquals(lastLooked, justInReach.onOrAfter(from));
        WorkingDays outOfReach = d -> d.equals(lastLooked.plusDays(1));
        assertThrows(IllegalStateException.class, () -> outOfReach.onOrAfter(from));
    }

    @Test
    void aChangeWritesEachAggregateAtMostOnce() {
        SubjectId subject = SubjectId.of("s");
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        List<ConsentEvent> given = List.of(new ConsentEvent.Given(at,
                Option.none(), Channel.WEB_FORM, "form-1"));
        Write ledger = new Write.Consent(new ConsentLedger(subject, "p", given), 0);
        Write otherPurpose = new Write.Consent(new ConsentLedger(subject, "q", given), 0);
        Write state = new Write.State(SubjectState.empty(subject).restrict("r1", RestrictionGround.ACCURACY_CONTESTED,
                at).get(), 0);
        Write request = new Write.Request(RECEIVED, 0);
        Write hold = new Write.Hold(LegalHold.onRecord("h", "r",
                LegalHold.Reason.PENDING_LAWSUIT, LocalDate.of(2026, 1, 5)), 0);

        assertEquals(5, new Change(List.of(ledger, otherPurpose, state, request, hold),
                List.empty(), List.empty()).writes().size());
        // two of a kind about different aggregates: the other subject's state, another request, another hold
        SubjectId other = SubjectId.of("t");
        Write otherState = new Write.State(SubjectState.empty(other).restrict("r1", RestrictionGround.ACCURACY_CONTESTED,
                at).get(), 0);
        Write otherRequest = new Write.Request(RightsRequest.received("r2", other, RequestType.ACCESS, at), 0);
        Write otherHold = new Write.Hold(LegalHold.onRecord("h2", "r",
                LegalHold.Reason.PENDING_LAWSUIT, LocalDate.of(2026, 1, 5)), 0);
        assertEquals(6, new Change(List.of(state, otherState, request, otherRequest, hold, otherHold),
                List.empty(), List.empty()).writes().size());
        for (Write twice : List.of(ledger, state, request, hold)) {
            assertThrows(IllegalArgumentException.class, () -> new Change(List.of(twice, twice),
                    List.empty(), List.empty()), twice::toString);
        }
    }
}

package io.github.grondslag.domain.port;

import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
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
}

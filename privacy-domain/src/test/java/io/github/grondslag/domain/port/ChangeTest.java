package io.github.grondslag.domain.port;

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

import static org.junit.jupiter.api.Assertions.assertThrows;

/** What every store may rely on in a change: each aggregate once, each write later than what it read. */
class ChangeTest {

    private static final SubjectId S = SubjectId.of("s");
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private static ConsentLedger given() {
        return new ConsentLedger(S, "p", List.of(new ConsentEvent.Given(AT, Option.none(), Channel.EMAIL, "e")));
    }

    @Test
    void aChangeWritesEachAggregateAtMostOnce() {
        Write once = new Write.Consent(given(), 0);
        assertThrows(IllegalArgumentException.class, () -> new Change(List.of(once, once), List.empty(),
                List.empty()));
    }

    @Test
    void aWriteCarriesALaterVersionThanTheOneItRead() {
        assertThrows(IllegalArgumentException.class, () -> new Write.Consent(given(), 1));
        SubjectState one = SubjectState.empty(S).restrict("r", RestrictionGround.ACCURACY_CONTESTED, AT).get();
        assertThrows(IllegalArgumentException.class, () -> new Write.State(one, 1));
        LegalHold hold = LegalHold.onRecord("h", "rec", LegalHold.Reason.PENDING_LAWSUIT, LocalDate.of(2026, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new Write.Hold(hold, 1));
        assertThrows(IllegalArgumentException.class, () -> new Write.Hold(hold.liftedOn(LocalDate.of(2026, 2, 1)), 2));
    }
}

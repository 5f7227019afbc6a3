package io.github.grondslag.testkit.contract;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every store of subjects' restrictions and objections must do. */
public interface SubjectStatesContract {

    /** A new, empty store. */
    SubjectStates newStore();

    private static SubjectState restricted(SubjectId subject, String... ids) {
        SubjectState state = SubjectState.empty(subject);
        for (String id : ids) {
            state = state.restrict(id, RestrictionGround.ACCURACY_CONTESTED, Instant.ofEpochSecond(1_700_000_000L))
                    .getOrElseThrow(r -> new AssertionError(r.toString()));
        }
        return state;
    }

    @Test
    default void anUnknownSubjectHasAnEmptyStateAtVersionZero() {
        SubjectState state = newStore().state(SubjectId.of("s-1"));
        assertEquals(0, state.version());
        assertTrue(state.restrictions().isEmpty() && state.objections().isEmpty());
    }

    @Test
    default void aSavedStateIsReadBackEqual() {
        SubjectStates store = newStore();
        SubjectState state = restricted(SubjectId.of("s-1"), "r1");
        assertEquals(Either.right(state), store.save(state, 0));
        assertEquals(state, store.state(SubjectId.of("s-1")));
    }

    @Test
    default void aWriteOnAStaleVersionIsRefusedAndLosesNothing() {
        SubjectStates store = newStore();
        SubjectId subject = SubjectId.of("s-1");
        SubjectState two = restricted(subject, "r1", "r2");
        store.save(two, 0);
        Either<ConcurrentChange, SubjectState> stale = store.save(restricted(subject, "r3"), 0);
        assertTrue(stale.isLeft());
        assertEquals(2, stale.getLeft().actual());
        assertEquals(two, store.state(subject));
    }
}

package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.port.ConcurrentChange;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.control.Either;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Subjects' restrictions and objections in memory, thread-safe, with optimistic writes. */
public final class InMemorySubjectStates implements SubjectStates {

    private final ConcurrentMap<SubjectId, SubjectState> states = new ConcurrentHashMap<>();

    @Override
    public SubjectState state(SubjectId subject) {
        return states.getOrDefault(subject, SubjectState.empty(subject));
    }

    @Override
    public Either<ConcurrentChange, SubjectState> save(SubjectState state, long expectedVersion) {
        return Versioned.save(states, state.subject(), state, expectedVersion, SubjectState::version, "subject state");
    }
}

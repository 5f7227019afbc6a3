package io.github.grondslag.domain.port;

import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.control.Either;

/** The store of subjects' restrictions and objections, with optimistic writes like {@link ConsentLedgers}. */
public interface SubjectStates {

    /** The state of a subject; an empty one (version 0) when nothing was recorded. */
    SubjectState state(SubjectId subject);

    /** Stores the state if the stored one still has {@code expectedVersion}. */
    Either<ConcurrentChange, SubjectState> save(SubjectState state, long expectedVersion);
}

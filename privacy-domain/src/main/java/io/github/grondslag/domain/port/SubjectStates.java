package io.github.grondslag.domain.port;

import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;

/** The read side of subjects' restrictions and objections; written through {@link UnitOfWork#commit}. */
public interface SubjectStates {

    /** The state of a subject; an empty one (version 0) when nothing was recorded. */
    SubjectState state(SubjectId subject);
}

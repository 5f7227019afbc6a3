package io.github.grondslag.domain.port;

import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;

/** The read side of subjects' restrictions and objections; written through {@link UnitOfWork#commit}. */
public interface SubjectStates {

    /**
     * The state of a subject, as last committed.
     *
     * @param subject the data subject
     * @return the subject's restrictions and objections, with the version last written (its change
     *         counter); when nothing was recorded, an empty state of that subject, version 0
     *         ({@link SubjectState#empty(SubjectId)}), never {@code null}
     */
    SubjectState state(SubjectId subject);
}

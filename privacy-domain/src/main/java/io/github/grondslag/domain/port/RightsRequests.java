package io.github.grondslag.domain.port;

import io.github.grondslag.domain.request.RightsRequest;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The read side of the rights requests (the version of a request is the number of its events);
 * written through {@link UnitOfWork#commit}.
 */
public interface RightsRequests {

    Option<RightsRequest> find(String id);

    /** Every request not yet answered or withdrawn, by receipt instant, then id. */
    List<RightsRequest> open();

    /** The requests of one subject, by receipt instant, then id; found without a scan of other subjects. */
    List<RightsRequest> of(io.github.grondslag.domain.subject.SubjectId subject);
}

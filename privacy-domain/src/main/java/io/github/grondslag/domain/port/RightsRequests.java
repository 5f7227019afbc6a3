package io.github.grondslag.domain.port;

import io.github.grondslag.domain.request.RightsRequest;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The read side of the rights requests (the version of a request is the number of its events);
 * written through {@link UnitOfWork#commit}.
 */
public interface RightsRequests {

    /**
     * A request by its id.
     *
     * @param id the request's id
     * @return the request with every event committed, in order (its version is its number of events),
     *         or none when no request with the id was received
     */
    Option<RightsRequest> find(String id);

    /**
     * Every request not yet answered or withdrawn: those whose status is not
     * {@linkplain io.github.grondslag.domain.request.RequestStatus#isClosed() closed}, so whose
     * deadline still runs.
     *
     * @return the open requests, with their events, by receipt instant, then id; an empty list when
     *         there is none
     */
    List<RightsRequest> open();

    /**
     * The requests of one subject, open and closed; found without a scan of other subjects.
     *
     * @param subject the data subject
     * @return the subject's requests, with their events, by receipt instant, then id; an empty list
     *         when there is none
     */
    List<RightsRequest> of(io.github.grondslag.domain.subject.SubjectId subject);
}

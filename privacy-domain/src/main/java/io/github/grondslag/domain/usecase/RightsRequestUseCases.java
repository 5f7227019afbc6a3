package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.notice.Notices;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Receive a rights request and move it through its states; each command one {@link Change}: the
 * request's new event, its audit entry and the notice it owes (the extension notice of 12(3)).
 * Extensions are capped by the register's policy.
 */
public final class RightsRequestUseCases {

    private final RegisterSource registers;
    private final RightsRequests requests;
    private final Deadlines deadlines;
    private final UnitOfWork work;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    /**
     * Wires the rights-request commands to their ports.
     *
     * @param registers  the register in force, for its response policy (the cap on extensions)
     * @param requests   the rights requests, read before each command
     * @param deadlines  the deadlines of 12(3) (calendar, zone, suspension), which date an extension and
     *                   its notice
     * @param work       commits each command's change, audit entry and notice included
     * @param pseudonyms the controller's keyed pseudonyms, for the subject reference of each audit entry
     * @param clock      the clock that dates every event and its audit entry
     * @throws NullPointerException when any argument is {@code null}
     */
    public RightsRequestUseCases(RegisterSource registers, RightsRequests requests, Deadlines deadlines,
                                 UnitOfWork work, Pseudonyms pseudonyms, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.work = Objects.requireNonNull(work, "work");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Receives a rights request now: the period of 12(3) starts to run.
     *
     * @param id      the controller's id of the request; it must be new
     * @param subject the data subject who made the request
     * @param type    the right exercised (15-22)
     * @return the request as received, or the refusal: a request with the id exists, another write came
     *         first, or the store could not keep it
     */
    public Either<Refusal, RightsRequest> receive(String id, SubjectId subject, RequestType type) {
        Instant now = clock.instant();
        AuditEntry done = AuditEntry.ofRequest(now, AuditAction.REQUEST_RECEIVED, Outcome.DONE,
                pseudonyms.of(subject), type, List.of(type.citation()));
        return Audited.change(work, done,
                requests.find(id).isDefined()
                        ? Either.left(new Rejection(Citation.avg("12(3)"), "a request with this id exists"))
                        : Either.right(RightsRequest.received(id, subject, type, now)),
                r -> Change.of(new Write.Request(r, 0), done));
    }

    /**
     * Records a change now: the event is built from the current instant. An extension goes through
     * {@link #extend}; here it is refused.
     *
     * @param id    the id of the request
     * @param event builds the event (information asked for or received, started, completed, partly
     *              granted, refused, withdrawn) from the current instant
     * @return the request with the event appended, or the refusal: no request with the id (audited
     *         without a subject), the event is not allowed from the request's status, another write came
     *         first, or the store could not keep it
     */
    public Either<Refusal, RightsRequest> record(String id, Function<Instant, RequestEvent> event) {
        Instant now = clock.instant();
        RequestEvent e = event.apply(now);
        return change(id, now, action(e), r -> r.record(e));
    }

    /**
     * Extends the period now, within the register's response policy (VGZ: one further month), or
     * within the law's two further months when the register states no policy. The change queues
     * the extension notice owed to the subject (12(3)).
     *
     * @param id     the id of the request
     * @param months the further months: one or two, and no more than the policy allows
     * @param reason why: the complexity or the number of requests (12(3))
     * @return the extended request, or the refusal: no request with the id, the months are more than
     *         the law or the policy allows, the first period has ended, the request's status allows no
     *         extension, another write came first, or the store could not keep it
     */
    public Either<Refusal, RightsRequest> extend(String id, int months, RequestEvent.ExtensionReason reason) {
        Instant now = clock.instant();
        int cap = registers.register().responsePolicy().map(p -> p.maximumExtensionMonths())
                .getOrElse(ResponsePolicy.MAXIMUM_EXTENSION_MONTHS);
        return change(id, now, AuditAction.REQUEST_EXTENDED,
                r -> r.extend(new RequestEvent.Extended(now, months, reason), deadlines, cap));
    }

    private Either<Refusal, RightsRequest> change(String id, Instant now, AuditAction action,
                                                  Function<RightsRequest, Either<Rejection, RightsRequest>> command) {
        Option<RightsRequest> found = requests.find(id);
        if (found.isEmpty()) {
            // no subject to tie the entry to, and the id is not written: it could be anything
            AuditEntry unknown = new AuditEntry(now, action, Outcome.REJECTED, Option.none(), Option.none(),
                    Option.none(), List.of(Citation.avg("12(3)")));
            work.commit(Change.audit(unknown));
            return Either.left(new Refusal.Rejected(new Rejection(Citation.avg("12(3)"), "no request with this id")));
        }
        RightsRequest request = found.get();
        long version = request.events().size();
        AuditEntry done = AuditEntry.ofRequest(now, action, Outcome.DONE, pseudonyms.of(request.subject()),
                request.type(), List.of(request.type().citation()));
        return Audited.change(work, done, command.apply(request),
                r -> Change.of(new Write.Request(r, version), done).owing(action == AuditAction.REQUEST_EXTENDED
                        ? Notices.extension(r, deadlines).toList() : List.empty()));
    }

    private static AuditAction action(RequestEvent e) {
        return switch (e.kind()) {
            case RECEIVED -> AuditAction.REQUEST_RECEIVED;
            case INFORMATION_REQUESTED -> AuditAction.REQUEST_INFORMATION_REQUESTED;
            case INFORMATION_RECEIVED -> AuditAction.REQUEST_INFORMATION_RECEIVED;
            case STARTED -> AuditAction.REQUEST_STARTED;
            case EXTENDED -> AuditAction.REQUEST_EXTENDED;
            case COMPLETED -> AuditAction.REQUEST_COMPLETED;
            case PARTLY_GRANTED -> AuditAction.REQUEST_PARTLY_GRANTED;
            case REFUSED -> AuditAction.REQUEST_REFUSED;
            case WITHDRAWN -> AuditAction.REQUEST_WITHDRAWN;
        };
    }
}

package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.RightsRequests;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.control.Either;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** Receive a rights request and move it through its states, audited; extensions capped by the register's policy. */
public final class RightsRequestUseCases {

    private final RegisterSource registers;
    private final RightsRequests requests;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    public RightsRequestUseCases(RegisterSource registers, RightsRequests requests, Deadlines deadlines,
                                 AuditTrail audit, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Either<Refusal, RightsRequest> receive(String id, SubjectId subject, RequestType type) {
        Instant now = clock.instant();
        return Audited.change(audit, now, "request.received", type.name(), type.citation(),
                requests.find(id).isDefined()
                        ? Either.left(new Rejection(Citation.avg("12(3)"), "a request with this id exists"))
                        : Either.right(RightsRequest.received(id, subject, type, now)),
                r -> requests.save(r, 0));
    }

    /** Records a change now: the event is built from the current instant. */
    public Either<Refusal, RightsRequest> record(String id, Function<Instant, RequestEvent> event) {
        Instant now = clock.instant();
        RequestEvent e = event.apply(now);
        return change(id, now, "request." + e.getClass().getSimpleName().toLowerCase(), r -> r.record(e));
    }

    /** Extends the period now, within the register's response policy (VGZ: one further month). */
    public Either<Refusal, RightsRequest> extend(String id, int months, RequestEvent.ExtensionReason reason) {
        Instant now = clock.instant();
        int cap = registers.register().responsePolicy().map(p -> p.maximumExtensionMonths()).getOrElse(2);
        return change(id, now, "request.extended",
                r -> r.extend(new RequestEvent.Extended(now, months, reason), deadlines, cap));
    }

    private Either<Refusal, RightsRequest> change(String id, Instant now, String action,
                                                  Function<RightsRequest, Either<Rejection, RightsRequest>> command) {
        Either<Rejection, RightsRequest> found = requests.find(id)
                .toEither(() -> new Rejection(Citation.avg("12(3)"), "no request with this id"));
        long version = found.map(r -> (long) r.events().size()).getOrElse(0L);
        String type = found.map(r -> r.type().name()).getOrElse("unknown");
        return Audited.change(audit, now, action, type, found.map(r -> r.type().citation())
                        .getOrElse(Citation.avg("12(3)")), found.flatMap(command),
                r -> requests.save(r, version));
    }
}

package io.github.grondslag.domain.request;

import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * A rights request (AVG 12, 15–22) and its history. Its status is the fold of its events through
 * a small state machine (docs/deadlines.md):
 *
 * <pre>
 * RECEIVED ─┬→ AWAITING_INFORMATION ─→ IN_PROGRESS ─┬→ EXTENDED ─┬→ COMPLETED | PARTLY_GRANTED | REFUSED
 *           └──────────────────────────→ IN_PROGRESS └────────────┴→ ... ; WITHDRAWN from any open status
 * </pre>
 *
 * The machine is one table, {@link Transitions#TABLE}: an event is accepted exactly when a row
 * allows it from the current status. An illegal event is a {@link Rejection} with a reason, never an
 * exception.
 *
 * @param id the request's id, as the caller knows it (it may be personal, so it is never printed)
 * @param subject the subject who made the request
 * @param events the request's history in time order, starting with its {@link RequestEvent.Received}
 */
public record RightsRequest(String id, SubjectId subject, List<RequestEvent> events) {

    /**
     * Checks that the history is a legal one: it starts with the receipt, is in time order, every
     * event is allowed by {@link Transitions#TABLE}, and every extension is of one or two months.
     * To turn an untrusted history into a request, or a reason why not, use {@link #replay}.
     *
     * @param id the request's id, as the caller knows it
     * @param subject the subject who made the request
     * @param events the request's history in time order, starting with its receipt
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the history is not a legal history of a request
     */
    public RightsRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(events, "events");
        if (events.isEmpty() || !(events.head() instanceof RequestEvent.Received)) {
            throw new IllegalArgumentException("a request starts with its receipt");
        }
        RequestStatus s = RequestStatus.RECEIVED;
        Instant last = events.head().at();
        for (RequestEvent e : events.tail()) {
            Option<RequestStatus> next = e.at().isBefore(last) ? Option.none() : Transitions.next(s, e);
            if (next.isEmpty() || (e instanceof RequestEvent.Extended x
                    && (x.months() < 1 || x.months() > ResponsePolicy.MAXIMUM_EXTENSION_MONTHS))) {
                throw new IllegalArgumentException("not a legal history of a request; rebuild it with replay");
            }
            s = next.get();
            last = e.at();
        }
    }

    /** The id is the caller's (an e-mail address, say) and the subject is personal: neither is printed. */
    @Override
    public String toString() {
        return "RightsRequest[id=***, subject=***, events=" + events + "]";
    }

    /**
     * A request received at an instant.
     *
     * @param id the request's id, as the caller knows it
     * @param subject the subject who made the request
     * @param type which right the subject exercises
     * @param at when it was received
     * @return the request, with its receipt as its only event
     */
    public static RightsRequest received(String id, SubjectId subject, RequestType type, Instant at) {
        return new RightsRequest(id, subject, List.of(new RequestEvent.Received(at, type)));
    }

    /**
     * Replays a history (from a store, say): the request, or the first event that the state machine
     * refuses. Extensions are checked as {@link #extend} checks them, against the deadlines and the
     * controller's policy.
     *
     * @param id the request's id, as the caller knows it
     * @param subject the subject who made the request
     * @param history the events in the order they were recorded, starting with the receipt
     * @param deadlines the deadlines that check each extension's date
     * @param policyMaximumMonths the further months the controller's response policy allows (0: none)
     * @return the request, or the rejection of the first event that is not allowed
     */
    public static Either<Rejection, RightsRequest> replay(String id, SubjectId subject, List<RequestEvent> history,
                                                          Deadlines deadlines, int policyMaximumMonths) {
        if (history.isEmpty() || !(history.head() instanceof RequestEvent.Received)) {
            return Either.left(new Rejection(Citation.avg("12(3)"), "a request's history starts with its receipt"));
        }
        Either<Rejection, RightsRequest> request = Either.right(new RightsRequest(id, subject, history.take(1)));
        for (RequestEvent e : history.tail()) {
            request = request.flatMap(r -> e instanceof RequestEvent.Extended x
                    ? r.extend(x, deadlines, policyMaximumMonths) : r.record(e));
        }
        return request;
    }

    /** {@return which right the subject exercises, from the receipt} */
    public RequestType type() {
        return ((RequestEvent.Received) events.head()).type();
    }

    /** {@return when the request was received, from which its period is counted} */
    public Instant receivedAt() {
        return events.head().at();
    }

    /** {@return the current status: the fold of the events} */
    public RequestStatus status() {
        RequestStatus s = RequestStatus.RECEIVED;
        for (RequestEvent e : events.tail()) {
            s = Transitions.next(s, e).getOrElse(s);
        }
        return s;
    }

    /** {@return the extension granted, in further months (0 when none)} */
    public int extensionMonths() {
        return events.collect(io.vavr.PartialFunction.unlift((RequestEvent e) -> e instanceof RequestEvent.Extended x
                ? Option.some(x.months()) : Option.none())).sum().intValue();
    }

    /**
     * Records an event: refused when it is earlier than the last one, or when no row of
     * {@link Transitions#TABLE} allows it from the current status. An extension goes through
     * {@link #extend}, which checks what 12(3) and the policy require; here it is refused.
     *
     * @param event the event to record
     * @return the request with the event appended, or the rejection with its reason; this request is unchanged
     */
    public Either<Rejection, RightsRequest> record(RequestEvent event) {
        if (event instanceof RequestEvent.Extended) {
            return Either.left(new Rejection(Citation.avg("12(3)"),
                    "an extension is decided with its checks (reason, length, policy, date): use extend"));
        }
        return apply(event);
    }

    private Either<Rejection, RightsRequest> apply(RequestEvent event) {
        Instant last = events.last().at();
        if (event.at().isBefore(last)) {
            return Either.left(new Rejection(Citation.avg("12(3)"),
                    "a request's events are in time order; this one is earlier than the last"));
        }
        RequestStatus from = status();
        return Transitions.next(from, event)
                .toEither(() -> new Rejection(Citation.avg("12(3)"), "a request that is "
                        + from.name().toLowerCase().replace('_', ' ') + " cannot be "
                        + describe(event)))
                .map(to -> new RightsRequest(id, subject, events.append(event)));
    }

    /**
     * Extends the period by {@code months} (12(3)): only for complexity or the number of requests,
     * at most two further months ({@link io.github.grondslag.domain.register.ResponsePolicy#MAXIMUM_EXTENSION_MONTHS}) and at most what the
     * controller's policy allows, decided and notified before the first period ends, once.
     *
     * @param extension the extension, with its instant, months and reason
     * @param deadlines the deadlines that date the end of the first period
     * @param policyMaximumMonths the further months the controller's response policy allows (0: none)
     * @return the extended request, or the rejection with its reason; this request is unchanged
     */
    public Either<Rejection, RightsRequest> extend(RequestEvent.Extended extension, Deadlines deadlines,
                                                   int policyMaximumMonths) {
        if (extension.months() < 1 || extension.months() > ResponsePolicy.MAXIMUM_EXTENSION_MONTHS) {
            return Either.left(new Rejection(Citation.avg("12(3)"),
                    "an extension is one or two further months, never " + extension.months()));
        }
        if (extension.months() > policyMaximumMonths) {
            return Either.left(new Rejection(Citation.avg("12(3)"), "the controller's policy allows "
                    + (policyMaximumMonths == 0 ? "no extension" : "at most " + policyMaximumMonths
                    + " further month(s)") + "; asked for " + extension.months()));
        }
        Option<java.time.LocalDate> firstDue = deadlines.due(this).firstPeriodEnd();
        if (firstDue.isDefined() && deadlines.localDate(extension.at()).isAfter(firstDue.get())) {
            return Either.left(new Rejection(Citation.avg("12(3)"), "the extension must be notified within one"
                    + " month of receipt, by " + firstDue.get()));
        }
        return apply(extension);
    }

    private static String describe(RequestEvent e) {
        return switch (e.kind()) {
            case INFORMATION_REQUESTED -> "put on hold for information";
            case INFORMATION_RECEIVED -> "resumed with information";
            case STARTED -> "started";
            case EXTENDED -> "extended";
            case COMPLETED -> "completed";
            case PARTLY_GRANTED -> "partly granted";
            case REFUSED -> "refused on this ground";
            case RECEIVED -> "received again";
            case WITHDRAWN -> "withdrawn";
        };
    }
}

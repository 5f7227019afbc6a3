package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.request.RequestEvent.Kind;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Objects;

import static io.github.grondslag.domain.request.RequestStatus.AWAITING_INFORMATION;
import static io.github.grondslag.domain.request.RequestStatus.COMPLETED;
import static io.github.grondslag.domain.request.RequestStatus.EXTENDED;
import static io.github.grondslag.domain.request.RequestStatus.IN_PROGRESS;
import static io.github.grondslag.domain.request.RequestStatus.PARTLY_GRANTED;
import static io.github.grondslag.domain.request.RequestStatus.RECEIVED;
import static io.github.grondslag.domain.request.RequestStatus.REFUSED;
import static io.github.grondslag.domain.request.RequestStatus.WITHDRAWN;

/**
 * The state machine of a rights request as one table (docs/deadlines.md): for each status, the
 * kinds of event that may follow and the status each leads to, with the provision of each step.
 * {@link RightsRequest} accepts an event exactly when a row allows it, and {@code TransitionsTest}
 * reads the same table to check that it does.
 *
 * <p>A closed status (completed, partly granted, refused, withdrawn) has no row: nothing follows
 * it. No row has {@link Kind#RECEIVED}: a request is received once. An extension's own
 * checks (reason, length, policy, date: 12(3)) are {@link RightsRequest#extend}'s; the table says only
 * from where it may come.
 */
public final class Transitions {

    /**
     * One row: from {@code from}, an event of {@code kind} leads to {@code to}, under
     * {@code citation}. A refusal row may allow only some grounds ({@code onlyGrounds}); none means
     * every ground, and is the only value for the other kinds.
     *
     * @param from the status the row starts from
     * @param kind the kind of event it allows
     * @param to the status the event leads to
     * @param citation the provision of the step
     * @param onlyGrounds for a refusal row, the only grounds it allows; none for every ground
     */
    public record Transition(RequestStatus from, Kind kind, RequestStatus to, Citation citation,
                             Option<Set<RefusalGround>> onlyGrounds) {
        /**
         * Checks that no component is {@code null} and that only a refusal row names grounds.
         *
         * @param from the status the row starts from
         * @param kind the kind of event it allows
         * @param to the status the event leads to
         * @param citation the provision of the step
         * @param onlyGrounds for a refusal row, the only grounds it allows; none for every ground
         * @throws NullPointerException when a component is {@code null}
         * @throws IllegalArgumentException when a row of another kind than {@link Kind#REFUSED} names grounds
         */
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(onlyGrounds, "onlyGrounds");
            if (onlyGrounds.isDefined() && kind != Kind.REFUSED) {
                throw new IllegalArgumentException("only a refusal row names grounds");
            }
        }

        /**
         * Whether this row allows the event from its status: the event's kind, and for a refusal its ground.
         *
         * @param event the event to check
         * @return {@code true} when the event is of this row's kind and, for a refusal, on an allowed ground
         */
        public boolean allows(RequestEvent event) {
            return event.kind() == kind && (onlyGrounds.isEmpty()
                    || event instanceof RequestEvent.Refused r && onlyGrounds.get().contains(r.ground()));
        }
    }

    /**
     * The table. While the controller awaits information, only the information, a withdrawal, or a
     * refusal for identity (12(6)) or as manifestly unfounded or excessive (12(5)) may follow. The
     * provisions: 12(3) the period to act on the request, its extension and its end (a withdrawal
     * ends it too); 12(4) the reasons for not acting, in whole or in part (each ground's own article
     * is its {@link RefusalGround#citation()}); 12(5) manifestly unfounded or excessive requests;
     * 12(6) information to confirm identity (for a clarification, recital 63).
     */
    public static final List<Transition> TABLE = List.of(
            //  from                   event kind                   to                     provision [, only on the grounds]
            row(RECEIVED,              Kind.INFORMATION_REQUESTED,  AWAITING_INFORMATION,  "12(6)"),
            row(RECEIVED,              Kind.STARTED,                IN_PROGRESS,           "12(3)"),
            row(RECEIVED,              Kind.EXTENDED,               EXTENDED,              "12(3)"),
            row(RECEIVED,              Kind.COMPLETED,              COMPLETED,             "12(3)"),
            row(RECEIVED,              Kind.PARTLY_GRANTED,         PARTLY_GRANTED,        "12(4)"),
            row(RECEIVED,              Kind.REFUSED,                REFUSED,               "12(4)"),
            row(RECEIVED,              Kind.WITHDRAWN,              WITHDRAWN,             "12(3)"),

            row(AWAITING_INFORMATION,  Kind.INFORMATION_RECEIVED,   IN_PROGRESS,           "12(6)"),
            row(AWAITING_INFORMATION,  Kind.REFUSED,                REFUSED,               "12(6)",
                    RefusalGround.IDENTITY_NOT_ESTABLISHED),
            row(AWAITING_INFORMATION,  Kind.REFUSED,                REFUSED,               "12(5)",
                    RefusalGround.MANIFESTLY_UNFOUNDED, RefusalGround.EXCESSIVE),
            row(AWAITING_INFORMATION,  Kind.WITHDRAWN,              WITHDRAWN,             "12(3)"),

            row(IN_PROGRESS,           Kind.INFORMATION_REQUESTED,  AWAITING_INFORMATION,  "12(6)"),
            row(IN_PROGRESS,           Kind.EXTENDED,               EXTENDED,              "12(3)"),
            row(IN_PROGRESS,           Kind.COMPLETED,              COMPLETED,             "12(3)"),
            row(IN_PROGRESS,           Kind.PARTLY_GRANTED,         PARTLY_GRANTED,        "12(4)"),
            row(IN_PROGRESS,           Kind.REFUSED,                REFUSED,               "12(4)"),
            row(IN_PROGRESS,           Kind.WITHDRAWN,              WITHDRAWN,             "12(3)"),

            row(EXTENDED,              Kind.COMPLETED,              COMPLETED,             "12(3)"),
            row(EXTENDED,              Kind.PARTLY_GRANTED,         PARTLY_GRANTED,        "12(4)"),
            row(EXTENDED,              Kind.REFUSED,                REFUSED,               "12(4)"),
            row(EXTENDED,              Kind.WITHDRAWN,              WITHDRAWN,             "12(3)"));

    private static final Map<RequestStatus, List<Transition>> FROM = TABLE.groupBy(Transition::from);

    private Transitions() {
    }

    /**
     * The rows from a status, in the table's order (none for a closed status).
     *
     * @param status the status to start from
     * @return its rows, empty for a closed status
     */
    public static List<Transition> from(RequestStatus status) {
        return FROM.get(status).getOrElse(List.empty());
    }

    /**
     * The row that allows the event from the status, or none when the table does not allow it.
     *
     * @param from the current status
     * @param event the event that would follow
     * @return the first row that allows it, with its provision, or none
     */
    public static Option<Transition> find(RequestStatus from, RequestEvent event) {
        return from(from).find(t -> t.allows(event));
    }

    /**
     * The status after the event, or none when the table does not allow it.
     *
     * @param from the current status
     * @param event the event that would follow
     * @return the status it leads to, or none
     */
    public static Option<RequestStatus> next(RequestStatus from, RequestEvent event) {
        return find(from, event).map(Transition::to);
    }

    private static Transition row(RequestStatus from, Kind kind, RequestStatus to, String article,
                                  RefusalGround... onlyGrounds) {
        return new Transition(from, kind, to, Citation.avg(article),
                onlyGrounds.length == 0 ? Option.none() : Option.some(HashSet.of(onlyGrounds)));
    }
}

package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.Printable;
import io.github.grondslag.domain.register.Purpose;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The append-only record of one subject's consent for one purpose (AVG 7). It is its own proof
 * of consent (7(1)). Its status at any instant is a fold over the events up to that instant, so a
 * withdrawal never reaches back before the moment it was made (7(3)).
 *
 * <p>{@code version} counts the events; stores use it for optimistic concurrency.
 *
 * @param subject the data subject
 * @param purposeId the id of the purpose in the register
 * @param events what happened to the consent, in time order
 */
public record ConsentLedger(SubjectId subject, String purposeId, List<ConsentEvent> events) {

    /**
     * Checks that no component is {@code null} and that the events are in time order.
     *
     * @param subject the data subject
     * @param purposeId the id of the purpose in the register
     * @param events what happened to the consent, in time order
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when an event comes before the one it follows
     */
    public ConsentLedger {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(events, "events");
        for (List<ConsentEvent> rest = events; rest.size() > 1; rest = rest.tail()) {
            if (rest.tail().head().at().isBefore(rest.head().at())) {
                throw new IllegalArgumentException("a consent ledger's events are in time order");
            }
        }
    }

    /** The events are printed as their own {@code toString} (no evidence reference), the subject never. */
    @Override
    public String toString() {
        return "ConsentLedger[subject=***, purposeId=" + Printable.of(purposeId) + ", events=" + events + "]";
    }

    /**
     * The ledger of a subject and purpose before anything was recorded.
     *
     * @param subject the data subject
     * @param purposeId the id of the purpose in the register
     * @return a ledger with no events (status {@link ConsentStatus#NEVER_GIVEN}, version 0)
     */
    public static ConsentLedger empty(SubjectId subject, String purposeId) {
        return new ConsentLedger(subject, purposeId, List.empty());
    }

    /** {@return the number of events: the version a store compares on write} */
    public long version() {
        return events.size();
    }

    /**
     * The status at an instant: the fold of the events at or before it.
     *
     * @param instant the instant
     * @return the consent's status at that instant
     */
    public ConsentStatus statusAt(Instant instant) {
        ConsentStatus status = ConsentStatus.NEVER_GIVEN;
        for (List<ConsentEvent> rest = events; !rest.isEmpty(); rest = rest.tail()) {
            ConsentEvent event = rest.head();
            if (event.at().isAfter(instant)) {
                break;
            }
            status = status.after(event);
        }
        return status;
    }

    /**
     * Whether consent is valid at the instant; allocates nothing (the decision's hot path).
     *
     * @param instant the instant
     * @return whether consent is in force at that instant ({@link ConsentStatus#GIVEN})
     */
    public boolean validAt(Instant instant) {
        return statusAt(instant) == ConsentStatus.GIVEN;
    }

    /**
     * Records consent given. Rejected when the purpose neither rests on consent nor asks for it
     * (6(1)(a)), or when the event would come before the ledger's last one (7(1): the ledger is
     * the proof, in time order).
     *
     * @param purpose the register's purpose this ledger is for
     * @param at when consent was given
     * @param statementVersion the date of the privacy statement's version consented under, if known
     * @param channel how the consent reached the controller
     * @param evidenceReference where the controller keeps the evidence of the consent
     * @return the ledger with the consent appended, or the rejection with its article
     * @throws IllegalArgumentException when the purpose is not this ledger's
     */
    public Either<Rejection, ConsentLedger> give(
            Purpose purpose, Instant at, Option<LocalDate> statementVersion, Channel channel, String evidenceReference) {
        if (!purpose.id().equals(purposeId)) {
            throw new IllegalArgumentException("this ledger is for another purpose");
        }
        if (!requiresConsent(purpose)) {
            return Either.left(new Rejection(Citation.avg("6(1)(a)"), "the purpose '" + purposeId
                    + "' rests on " + purpose.lawfulBases().map(b -> b.citation().toString()).mkString(", ")
                    + " and does not ask for consent; recording consent would tell the subject that withdrawing"
                    + " it stops a processing it does not stop"));
        }
        return inOrder(at).map(ok -> append(new ConsentEvent.Given(at, statementVersion, channel, evidenceReference)));
    }

    /**
     * Records consent withdrawn. Rejected when consent is not in force at that instant (never
     * given, or already withdrawn: 7(3)), or when it would come before the last event.
     *
     * @param at when consent was withdrawn; it counts from this instant, not before
     * @param channel how the withdrawal reached the controller
     * @return the ledger with the withdrawal appended, or the rejection with its article
     */
    public Either<Rejection, ConsentLedger> withdraw(Instant at, Channel channel) {
        return inOrder(at).flatMap(ok -> statusAt(at) == ConsentStatus.GIVEN
                ? Either.right(append(new ConsentEvent.Withdrawn(at, channel)))
                : Either.left(new Rejection(Citation.avg("7(3)"), "consent for this purpose cannot be"
                + " withdrawn: it is " + (statusAt(at) == ConsentStatus.NEVER_GIVEN
                ? "not given" : "already withdrawn") + " at that moment")));
    }

    /**
     * The purposes for which the ledger records consent and a processing needs it in force: those
     * that rest on it, ask for it (of any kind: consent another law requires stops the processing
     * too when it is withdrawn), or rely on explicit consent for special data (9(2)(a)), for an
     * automated decision (22(2)(c)) or for criminal data (in NL: UAVG 32(a)).
     *
     * @param purpose a purpose of the register
     * @return whether consent for the purpose can be recorded in a ledger
     */
    public static boolean requiresConsent(Purpose purpose) {
        return purpose.restsOn(io.github.grondslag.domain.law.LawfulBasis.CONSENT) || purpose.collectsConsent()
                || purpose.sensitive().names(io.github.grondslag.domain.law.SpecialCategoryCondition.EXPLICIT_CONSENT)
                || purpose.sensitive().criminalAuthorisation()
                .contains(io.github.grondslag.domain.law.CriminalDataAuthorisation.EXPLICIT_CONSENT)
                || purpose.automation().decision().exists(d -> d.ground()
                .contains(io.github.grondslag.domain.law.AutomatedDecisionGround.EXPLICIT_CONSENT));
    }

    private Either<Rejection, Instant> inOrder(Instant at) {
        Option<Instant> last = events.lastOption().map(ConsentEvent::at);
        return last.isDefined() && at.isBefore(last.get())
                ? Either.left(new Rejection(Citation.avg("7(1)"), "the consent ledger is in time order;"
                + " this event is earlier than its last one"))
                : Either.right(at);
    }

    private ConsentLedger append(ConsentEvent event) {
        return new ConsentLedger(subject, purposeId, events.append(event));
    }
}

package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.Purpose;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * What one subject has said and what the controller decided about it, besides consent:
 * restrictions (AVG 18) and objections (21). Commands return the new state or a rejection with
 * its article; {@code version} counts the changes, for optimistic concurrency in stores.
 *
 * @param subject the data subject
 * @param restrictions the restrictions placed, active or lifted, in the order they were placed
 * @param objections the objections received, in the order they were received
 * @param version the number of changes so far
 */
public record SubjectState(SubjectId subject, List<Restriction> restrictions, List<Objection> objections,
                           long version) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param subject the data subject
     * @param restrictions the restrictions placed, active or lifted, in the order they were placed
     * @param objections the objections received, in the order they were received
     * @param version the number of changes so far
     * @throws NullPointerException when a component is {@code null}
     */
    public SubjectState {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(restrictions, "restrictions");
        Objects.requireNonNull(objections, "objections");
    }

    /**
     * The state of a subject before anything was recorded.
     *
     * @param subject the data subject
     * @return a state with no restrictions and no objections, version 0
     */
    public static SubjectState empty(SubjectId subject) {
        return new SubjectState(subject, List.empty(), List.empty(), 0);
    }

    /**
     * Places a restriction (18(1)); its id must be new.
     *
     * @param id the caller's id of the restriction
     * @param ground the situation of 18(1) it rests on
     * @param from from when it applies
     * @return the new state, or the rejection when a restriction with the id exists
     */
    public Either<Rejection, SubjectState> restrict(String id, RestrictionGround ground, Instant from) {
        if (restrictions.exists(r -> r.id().equals(id))) {
            return Either.left(new Rejection(ground.citation(), "a restriction with this id already exists"));
        }
        return Either.right(next(restrictions.append(Restriction.placed(id, ground, from)), objections));
    }

    /**
     * Lifts an active restriction (18(3): the subject is told before it is lifted).
     *
     * @param id the restriction's id
     * @param at when it is lifted
     * @return the new state, or the rejection when there is no such restriction or it is not active then
     */
    public Either<Rejection, SubjectState> lift(String id, Instant at) {
        return active(id, at).map(r -> next(restrictions.replace(r, r.lifted(at)), objections));
    }

    /**
     * Records the subject's consent to processing for a purpose despite a restriction (18(2)).
     *
     * @param id the restriction's id
     * @param purposeId the id of the purpose consented to
     * @param at when the consent was given
     * @return the new state, or the rejection when there is no such restriction or it is not active then
     */
    public Either<Rejection, SubjectState> consentDespiteRestriction(String id, String purposeId, Instant at) {
        return active(id, at).map(r -> next(restrictions.replace(r, r.withConsentFor(purposeId)), objections));
    }

    /**
     * Receives an objection to a purpose. Only a purpose on 6(1)(e) or (f), or one used for
     * direct marketing, can be objected to (21(1), 21(2)); consent is withdrawn instead (7(3)).
     * An objection to direct marketing is upheld on receipt (21(3)).
     *
     * @param purpose the register's purpose objected to
     * @param received when the objection was received
     * @return the new state, or the rejection with its article (an objection already pending, or a
     *         purpose that cannot be objected to)
     */
    public Either<Rejection, SubjectState> object(Purpose purpose, Instant received) {
        if (objections.exists(o -> o.purposeId().equals(purpose.id())
                && o.outcome() instanceof Objection.Outcome.Pending)) {
            return Either.left(new Rejection(Citation.avg("21(1)"),
                    "an objection to the purpose '" + purpose.id() + "' is already pending"));
        }
        if (purpose.directMarketing()) {
            return Either.right(next(restrictions, objections.append(new Objection(purpose.id(), received, true,
                    new Objection.Outcome.Upheld(received)))));
        }
        if (!purpose.lawfulBases().exists(LawfulBasis::givesObjection)) {
            return Either.left(new Rejection(Citation.avg("21(1)"), "the purpose '" + purpose.id() + "' rests on "
                    + purpose.lawfulBases().map(b -> b.citation().toString()).mkString(", ")
                    + "; the right to object applies to processing on 6(1)(e) or (f)"
                    + (purpose.restsOn(LawfulBasis.CONSENT) ? ", consent is withdrawn instead (7(3))" : "")));
        }
        return Either.right(next(restrictions, objections.append(new Objection(purpose.id(), received, false,
                new Objection.Outcome.Pending()))));
    }

    /**
     * Upholds the pending objection to a purpose: processing for it stops from {@code at} (21(1)).
     *
     * @param purposeId the id of the purpose objected to
     * @param at when the controller decided
     * @return the new state, or the rejection when no objection to the purpose is pending
     */
    public Either<Rejection, SubjectState> uphold(String purposeId, Instant at) {
        return pending(purposeId).map(o -> next(restrictions,
                objections.replace(o, new Objection(o.purposeId(), o.received(), o.directMarketing(),
                        new Objection.Outcome.Upheld(at)))));
    }

    /**
     * Overrides the pending objection to a purpose on a ground of 21(1). Never for direct
     * marketing: there the objection is absolute (21(3)).
     *
     * @param purposeId the id of the purpose objected to
     * @param ground the ground the controller demonstrated
     * @param at when the controller decided
     * @return the new state, or the rejection when no objection to the purpose is pending
     */
    public Either<Rejection, SubjectState> override(String purposeId, OverrideGround ground, Instant at) {
        return pending(purposeId).map(o -> next(restrictions,
                objections.replace(o, new Objection(o.purposeId(), o.received(), o.directMarketing(),
                        new Objection.Outcome.Overridden(at, ground)))));
    }

    private Either<Rejection, Objection> pending(String purposeId) {
        Option<Objection> found = objections.find(o -> o.purposeId().equals(purposeId)
                && o.outcome() instanceof Objection.Outcome.Pending);
        if (found.isDefined()) {
            return Either.right(found.get());
        }
        boolean marketing = objections.exists(o -> o.purposeId().equals(purposeId) && o.directMarketing());
        return Either.left(new Rejection(Citation.avg(marketing ? "21(3)" : "21(1)"), marketing
                ? "an objection to direct marketing is upheld on receipt and cannot be overridden"
                : "no objection to this purpose is pending"));
    }

    private Either<Rejection, Restriction> active(String id, Instant at) {
        Option<Restriction> found = restrictions.find(r -> r.id().equals(id));
        if (found.isEmpty()) {
            return Either.left(new Rejection(Citation.avg("18(1)"), "no restriction with this id"));
        }
        return found.get().activeAt(at)
                ? Either.right(found.get())
                : Either.left(new Rejection(Citation.avg("18(3)"), "the restriction is not active at that moment"));
    }

    private SubjectState next(List<Restriction> r, List<Objection> o) {
        return new SubjectState(subject, r, o, version + 1);
    }
}

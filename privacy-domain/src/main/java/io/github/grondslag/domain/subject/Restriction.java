package io.github.grondslag.domain.subject;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * A restriction of processing (AVG 18): on what ground, from when, until when it was lifted, and
 * the purposes for which the subject consented to processing despite it (18(2)).
 *
 * @param id the caller's id of the restriction, unique for the subject; never printed
 * @param ground the situation of 18(1) it rests on
 * @param from from when it applies (inclusive)
 * @param liftedAt when it was lifted (exclusive), or none while it applies
 * @param consentedPurposes the ids of the purposes the subject consented to despite it (18(2))
 */
public record Restriction(
        String id, RestrictionGround ground, Instant from, Option<Instant> liftedAt, Set<String> consentedPurposes) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param id the caller's id of the restriction, unique for the subject; never printed
     * @param ground the situation of 18(1) it rests on
     * @param from from when it applies (inclusive)
     * @param liftedAt when it was lifted (exclusive), or none while it applies
     * @param consentedPurposes the ids of the purposes the subject consented to despite it (18(2))
     * @throws NullPointerException when a component is {@code null}
     */
    public Restriction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(liftedAt, "liftedAt");
        Objects.requireNonNull(consentedPurposes, "consentedPurposes");
    }

    /** The id is the caller's and may be anything: not printed. */
    @Override
    public String toString() {
        return "Restriction[id=***, ground=" + ground + ", from=" + from + ", liftedAt="
                + liftedAt.map(Object::toString).getOrElse("-") + ", consentedPurposes=" + consentedPurposes + "]";
    }

    /**
     * A restriction as it is placed: not lifted, no purpose consented to.
     *
     * @param id the caller's id of the restriction
     * @param ground the situation of 18(1) it rests on
     * @param from from when it applies
     * @return the restriction
     */
    public static Restriction placed(String id, RestrictionGround ground, Instant from) {
        return new Restriction(id, ground, from, Option.none(), HashSet.empty());
    }

    /**
     * Whether it restricts processing at the instant: from its start until (not including) its lifting.
     *
     * @param instant the instant
     * @return whether it is active then
     */
    public boolean activeAt(Instant instant) {
        return !instant.isBefore(from) && (liftedAt.isEmpty() || instant.isBefore(liftedAt.get()));
    }

    /**
     * The same restriction, lifted (18(3)).
     *
     * @param at when it is lifted; it no longer applies from this instant
     * @return a copy of this restriction with its lifting set
     */
    public Restriction lifted(Instant at) {
        return new Restriction(id, ground, from, Option.some(at), consentedPurposes);
    }

    /**
     * The same restriction with the subject's consent to processing for one more purpose despite it (18(2)).
     *
     * @param purposeId the id of the purpose consented to
     * @return a copy of this restriction with the purpose added
     */
    public Restriction withConsentFor(String purposeId) {
        return new Restriction(id, ground, from, liftedAt, consentedPurposes.add(purposeId));
    }
}

package io.github.grondslag.domain.subject;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * A restriction of processing (AVG 18): on what ground, from when, until when it was lifted, and
 * the purposes for which the subject consented to processing despite it (18(2)).
 */
public record Restriction(
        String id, RestrictionGround ground, Instant from, Option<Instant> liftedAt, Set<String> consentedPurposes) {

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

    public static Restriction placed(String id, RestrictionGround ground, Instant from) {
        return new Restriction(id, ground, from, Option.none(), HashSet.empty());
    }

    /** Whether it restricts processing at the instant: from its start until (not including) its lifting. */
    public boolean activeAt(Instant instant) {
        return !instant.isBefore(from) && (liftedAt.isEmpty() || instant.isBefore(liftedAt.get()));
    }

    public Restriction lifted(Instant at) {
        return new Restriction(id, ground, from, Option.some(at), consentedPurposes);
    }

    public Restriction withConsentFor(String purposeId) {
        return new Restriction(id, ground, from, liftedAt, consentedPurposes.add(purposeId));
    }
}

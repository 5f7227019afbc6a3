package io.github.grondslag.domain.audit;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.request.RequestType;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail (AVG 5(2)): when, what ({@link AuditAction}), how it ended
 * ({@link Outcome}), about whom (a {@link SubjectRef}, never the subject id), for which purpose or
 * which kind of request, each in a field of its own, and under which rules. It holds no personal data:
 * no subject id, no evidence reference, no free text. A purpose id is one the register declares;
 * a purpose the register does not know is not written (the caller's text could be anything).
 *
 * @param at when the action happened
 * @param action what was done or asked
 * @param outcome how it ended
 * @param subject the subject's pseudonymous reference, or none when no subject can be tied to it
 * @param purposeId the purpose, when the register declares it
 * @param requestType the kind of rights request, for an entry about a request
 * @param rules the articles the action or its outcome rests on, in order
 */
public record AuditEntry(Instant at, AuditAction action, Outcome outcome, Option<SubjectRef> subject,
                         Option<String> purposeId, Option<RequestType> requestType, List<Citation> rules) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param at when the action happened
     * @param action what was done or asked
     * @param outcome how it ended
     * @param subject the subject's pseudonymous reference, or none when no subject can be tied to it
     * @param purposeId the purpose, when the register declares it
     * @param requestType the kind of rights request, for an entry about a request
     * @param rules the articles the action or its outcome rests on, in order
     * @throws NullPointerException when a component is {@code null}
     */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * An entry about a subject and a purpose (consent, a decision, a restriction or objection, retention).
     *
     * @param at when the action happened
     * @param action what was done or asked
     * @param outcome how it ended
     * @param subject the subject's pseudonymous reference
     * @param purposeId the purpose, only when the register declares it
     * @param rules the articles the action or its outcome rests on
     * @return the entry, with no request type
     */
    public static AuditEntry ofPurpose(Instant at, AuditAction action, Outcome outcome, SubjectRef subject,
                                       Option<String> purposeId, List<Citation> rules) {
        return new AuditEntry(at, action, outcome, Option.some(subject), purposeId, Option.none(), rules);
    }

    /**
     * An entry about a subject's rights request.
     *
     * @param at when the action happened
     * @param action what was done or asked
     * @param outcome how it ended
     * @param subject the subject's pseudonymous reference
     * @param type the kind of request
     * @param rules the articles the action or its outcome rests on
     * @return the entry, with no purpose
     */
    public static AuditEntry ofRequest(Instant at, AuditAction action, Outcome outcome, SubjectRef subject,
                                       RequestType type, List<Citation> rules) {
        return new AuditEntry(at, action, outcome, Option.some(subject), Option.none(), Option.some(type), rules);
    }

    /**
     * The same entry with another outcome and rules (a refused change is audited as what was asked).
     *
     * @param newOutcome the outcome
     * @param newRules the articles, such as those of the rejection
     * @return a copy of this entry with the outcome and rules replaced
     */
    public AuditEntry with(Outcome newOutcome, List<Citation> newRules) {
        return new AuditEntry(at, action, newOutcome, subject, purposeId, requestType, newRules);
    }
}

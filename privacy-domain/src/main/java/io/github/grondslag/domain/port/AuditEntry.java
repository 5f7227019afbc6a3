package io.github.grondslag.domain.port;

import io.github.grondslag.domain.law.Citation;
import io.vavr.collection.List;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail (AVG 5(2), accountability): what the library did, when, for which
 * purpose, with what outcome, under which rules. It holds no personal data: no subject id, no
 * evidence reference, no free text from the subject.
 */
public record AuditEntry(Instant at, String action, String purposeId, String outcome, List<Citation> rules) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rules, "rules");
    }
}

package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.port.NotCommitted;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * The store refused the audit entry of a decision, an erasure decision or a retention verdict, so the
 * result is not given: the controller must be able to demonstrate every decision it acts on (AVG 5(2),
 * 24(1)), and an unrecorded one cannot be. Thrown by {@link ProcessingDecisions#decide},
 * {@link RetentionUseCases#erasure} and {@link RetentionUseCases#sweep} (for the verdict whose entry was
 * refused; the verdicts before it were recorded and handed over). Nothing is changed by the refused
 * commit. The message names the store's refusal (the field and its size, never its content).
 */
public final class AuditNotRecorded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the store refused the entry; not serialized (the store's refusal is not serializable). */
    private final transient NotCommitted refusal;

    /**
     * The store refused an audit-only commit.
     *
     * @param refusal the store's refusal
     * @throws NullPointerException when {@code refusal} is {@code null}
     */
    public AuditNotRecorded(NotCommitted refusal) {
        super("the audit trail refused the entry, so the result is not given (AVG 5(2)): "
                + Objects.requireNonNull(refusal, "refusal"));
        this.refusal = refusal;
    }

    /**
     * Why the store refused the entry.
     *
     * @return the store's refusal, as its commit returned it; none only when this exception was
     *         serialized and read back (the message still says it)
     */
    public Option<NotCommitted> refusal() {
        return Option.of(refusal);
    }
}

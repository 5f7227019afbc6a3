package io.github.grondslag.domain.audit;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * The result of verifying an audit chain: how many entries were read, the hash of the last one (the
 * head: keep it somewhere else, so that a trail rewritten from the start can be caught too), and the
 * first break, if any.
 *
 * @param entries how many entries held, in order from the first (all of them when there is no break)
 * @param head the hash of the last entry read intact, or {@link AuditChain#GENESIS} for none
 * @param firstBreak the first place where the chain does not hold, or none
 */
public record Verification(long entries, String head, Option<ChainBreak> firstBreak) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param entries how many entries held, in order from the first (all of them when there is no break)
     * @param head the hash of the last entry read intact, or {@link AuditChain#GENESIS} for none
     * @param firstBreak the first place where the chain does not hold, or none
     * @throws NullPointerException when {@code head} or {@code firstBreak} is {@code null}
     */
    public Verification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    /** {@return whether the chain holds: no break was found} */
    public boolean intact() {
        return firstBreak.isEmpty();
    }
}

package io.github.grondslag.domain.audit;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * The result of verifying an audit chain: how many entries were read, the hash of the last one (the
 * head: keep it somewhere else, so that a trail rewritten from the start can be caught too), and the
 * first break, if any.
 */
public record Verification(long entries, String head, Option<ChainBreak> firstBreak) {
    public Verification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}

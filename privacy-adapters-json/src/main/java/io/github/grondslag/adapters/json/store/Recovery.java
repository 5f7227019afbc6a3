package io.github.grondslag.adapters.json.store;

import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * What opening a journal store found: the snapshot's and the journal's lines read, a torn last line
 * cut (the bytes of a write that was never acknowledged), and how long it took.
 *
 * @param tornTail the journal line number and byte count cut from the end, if any
 */
public record Recovery(long snapshotLines, long journalLines, Option<TornTail> tornTail, Duration took) {

    /** A last line cut because it was incomplete or its checksum did not match. */
    public record TornTail(long line, long bytes) {
    }

    public Recovery {
        Objects.requireNonNull(tornTail, "tornTail");
        Objects.requireNonNull(took, "took");
    }
}

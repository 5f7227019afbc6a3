package io.github.grondslag.adapters.json.store;

import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * What opening a journal store found: the snapshot's and the journal's lines read, a torn last line
 * cut (the bytes of a write that was never acknowledged), and how long it took.
 *
 * @param snapshotLines the lines read from the snapshot
 * @param journalLines  the intact lines read from the journal (a torn last line not counted)
 * @param tornTail      the journal line number and byte count cut from the end, if any
 * @param took          how long opening took
 */
public record Recovery(long snapshotLines, long journalLines, Option<TornTail> tornTail, Duration took) {

    /**
     * A last line cut because it was incomplete or its checksum did not match.
     *
     * @param line  the number of the cut line in the journal file, counting from 1
     * @param bytes how many bytes were cut
     */
    public record TornTail(long line, long bytes) {
    }

    /**
     * Checks that the torn tail and the time are there.
     *
     * @param snapshotLines the lines read from the snapshot
     * @param journalLines  the lines read from the journal
     * @param tornTail      the torn last line cut, if any
     * @param took          how long opening took
     * @throws NullPointerException if {@code tornTail} or {@code took} is {@code null}
     */
    public Recovery {
        Objects.requireNonNull(tornTail, "tornTail");
        Objects.requireNonNull(took, "took");
    }
}

package io.github.grondslag.domain.audit;

/** How an action ended, as a closed value. */
public enum Outcome {
    /** The change was made and stored. */
    DONE,
    /** The law refused the command (the entry's citations say why); nothing changed. */
    REJECTED,
    /** Another writer changed the same aggregate first; nothing changed. */
    CONFLICT,
    /** The store refused the change as larger than it can read back; nothing changed. */
    TOO_LARGE,
    /** A processing operation was permitted. */
    PERMITTED,
    /** A processing operation was denied. */
    DENIED,
    /** A retention or erasure verdict: keep the record. */
    KEEP,
    /** A retention verdict: the record may be erased now. */
    MAY_ERASE,
    /** A retention or erasure verdict: the record must be erased. */
    ERASE,
    /** A retention verdict: a legal hold keeps the record. */
    ON_HOLD
}

package io.github.grondslag.domain.register;

/** Where a category of personal data comes from: the subject (AVG 13) or another source (14). */
public enum DataOrigin {
    SUBJECT,
    OTHER_SOURCES,
    SUBJECT_AND_OTHER_SOURCES;

    /** Whether art. 14 applies: some of the data were not obtained from the subject. */
    public boolean fromOtherSources() {
        return this != SUBJECT;
    }
}

package io.github.grondslag.domain.register;

/** Where a category of personal data comes from: the subject (AVG 13) or another source (14). */
public enum DataOrigin {
    /** All data are obtained from the subject: art. 13 applies. */
    SUBJECT,
    /** The data are obtained from other sources than the subject: art. 14 applies. */
    OTHER_SOURCES,
    /** Some data come from the subject and some from other sources: art. 13 and 14 apply. */
    SUBJECT_AND_OTHER_SOURCES;

    /** {@return whether art. 14 applies: some of the data were not obtained from the subject} */
    public boolean fromOtherSources() {
        return this != SUBJECT;
    }
}

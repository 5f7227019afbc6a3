package io.github.grondslag.domain.register;

/** What happens to the data when its retention ends. */
public enum RetentionAction {
    /** The data are erased. */
    ERASE,
    /** The data are anonymised, so that they no longer relate to an identifiable person. */
    ANONYMISE,
    /** The controller may erase or anonymise ("verwijderen en/of anonimiseren"). */
    ERASE_OR_ANONYMISE,
    /**
     * The data are kept in restricted storage (an archive). AVG 5(1)(e) allows storage beyond what
     * the purpose needs only for the purposes of art. 89(1), with its safeguards.
     */
    ARCHIVE
}

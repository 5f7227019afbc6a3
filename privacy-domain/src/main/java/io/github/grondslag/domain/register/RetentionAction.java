package io.github.grondslag.domain.register;

/** What happens to the data when its retention ends. */
public enum RetentionAction {
    ERASE,
    ANONYMISE,
    /** The controller may erase or anonymise ("verwijderen en/of anonimiseren"). */
    ERASE_OR_ANONYMISE
}

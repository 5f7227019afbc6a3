package io.github.grondslag.domain.check;

/**
 * The rules a member state adds to the GDPR's (its implementing act, its cookie rule, its
 * calendar), picked by the controller's member state. A new member state is a new package with one
 * class implementing this interface, registered with {@link RegisterCheck}; the GDPR rules never
 * depend on a layer (an ArchUnit rule holds them to it).
 */
public interface NationalLayer extends RuleSet {

    /**
     * {@return the ISO 3166 code of the member state, such as {@code NL}: the layer applies to a
     * controller whose register names this member state}
     */
    String memberState();
}

package io.github.grondslag.domain.register;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * The controller's identity and contact details as the statement gives them (AVG 13(1)(a),(b)).
 * These are the organisation's business details, never a data subject's.
 */
public record Controller(
        String name,
        Option<String> chamberOfCommerceNumber,
        Option<String> address,
        Option<String> contact,
        Option<String> dpoContact,
        Option<String> group,
        Option<String> source) {

    public Controller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chamberOfCommerceNumber, "chamberOfCommerceNumber");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(dpoContact, "dpoContact");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
    }

    /** A copy without a DPO contact. */
    public Controller withDpoContact(Option<String> dpo) {
        return new Controller(name, chamberOfCommerceNumber, address, contact, dpo, group, source);
    }
}

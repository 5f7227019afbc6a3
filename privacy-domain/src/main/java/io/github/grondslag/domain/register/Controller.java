package io.github.grondslag.domain.register;

import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * The controller's identity and contact details as the statement gives them (AVG 13(1)(a),(b)),
 * with what decides which rules apply to it. These are the organisation's business details, never
 * a data subject's.
 *
 * @param name the controller's name
 * @param chamberOfCommerceNumber its number in the Dutch trade register (KvK), if stated
 * @param address its address, if stated
 * @param contact its contact details (13(1)(a)), if stated
 * @param dpoContact the contact details of its data protection officer (13(1)(b)), if stated
 * @param group the group it belongs to, if stated
 * @param memberState the ISO 3166 code of the member state of its (main) establishment, which picks
 *                    the national layer of the register check; none when the statement does not say
 * @param publicAuthority whether it is a public authority or body (6(1) last subparagraph, 37(1)(a))
 * @param largeScale whether its core activities process personal data on a large scale (37(1)(b),(c), 35(3))
 * @param dpoGrounds the points of 37(1) that make a DPO mandatory, as the register states them;
 *                   none when it does not say, and the check then infers them
 * @param representative the representative in the Union of a controller established outside it (27)
 * @param source the section of the privacy statement this element comes from, if given
 */
public record Controller(
        String name,
        Option<String> chamberOfCommerceNumber,
        Option<String> address,
        Option<String> contact,
        Option<String> dpoContact,
        Option<String> group,
        Option<String> memberState,
        Fact publicAuthority,
        Fact largeScale,
        Option<Set<DpoGround>> dpoGrounds,
        Option<String> representative,
        Option<String> source) {

    /**
     * The controller as the statement describes it.
     *
     * @param name the controller's name
     * @param chamberOfCommerceNumber its KvK number, if stated
     * @param address its address, if stated
     * @param contact its contact details, if stated
     * @param dpoContact the contact details of its data protection officer, if stated
     * @param group the group it belongs to, if stated
     * @param memberState the ISO 3166 code of its member state, if stated
     * @param publicAuthority whether it is a public authority or body
     * @param largeScale whether its core activities process personal data on a large scale
     * @param dpoGrounds the points of 37(1) that make a DPO mandatory, if stated
     * @param representative its representative in the Union, if any
     * @param source the section of the statement, if given
     * @throws NullPointerException if any reference component is {@code null}
     */
    public Controller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chamberOfCommerceNumber, "chamberOfCommerceNumber");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(dpoContact, "dpoContact");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(memberState, "memberState");
        Objects.requireNonNull(publicAuthority, "publicAuthority");
        Objects.requireNonNull(largeScale, "largeScale");
        Objects.requireNonNull(dpoGrounds, "dpoGrounds");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A copy with another DPO contact.
     *
     * @param dpo the contact details of the data protection officer; none when not stated
     * @return this controller with that DPO contact and every other detail unchanged
     */
    public Controller withDpoContact(Option<String> dpo) {
        return new Controller(name, chamberOfCommerceNumber, address, contact, dpo, group, memberState,
                publicAuthority, largeScale, dpoGrounds, representative, source);
    }

    /**
     * A copy in another member state (none: not stated).
     *
     * @param state the two-letter ISO 3166 code of the member state, such as {@code NL}; none when not stated
     * @return this controller in that member state, every other detail unchanged
     */
    public Controller withMemberState(Option<String> state) {
        return new Controller(name, chamberOfCommerceNumber, address, contact, dpoContact, group, state,
                publicAuthority, largeScale, dpoGrounds, representative, source);
    }
}

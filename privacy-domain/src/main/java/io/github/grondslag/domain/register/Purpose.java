package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A purpose of processing (AVG 5(1)(b), 13(1)(c), 30(1)(b)) and everything the law asks of it,
 * gathered in a few parts: its {@link Basis basis}, its {@link Scope scope}, its
 * {@link SensitiveData sensitive data}, its {@link Automation automation}, whether it is direct
 * marketing (21(2)) and its impact assessment (35).
 *
 * @param id the id by which records and decisions refer to this purpose, unique in the register
 * @param name the purpose's name, as the statement gives it
 * @param description what the statement says the purpose is
 * @param basis what makes the purpose lawful (6(1)) and the consent it asks for
 * @param scope ids of the data and subject categories, recipients and retention rules it reaches
 * @param sensitive what allows its special-category (9(2)) and criminal (10) data
 * @param automation its automated decisions (22), profiling (4(4)) and tracking
 * @param directMarketing whether the purpose is direct marketing, to which the subject may always object (21(2),(3))
 * @param impactAssessment the data protection impact assessment (35)
 * @param source the section of the privacy statement this element comes from, if given
 */
public record Purpose(
        String id,
        String name,
        String description,
        Basis basis,
        Scope scope,
        SensitiveData sensitive,
        Automation automation,
        boolean directMarketing,
        Assessment impactAssessment,
        Option<String> source) {

    /**
     * A purpose as the statement describes it.
     *
     * @param id the id by which records and decisions refer to this purpose
     * @param name the purpose's name
     * @param description what the statement says the purpose is
     * @param basis what makes the purpose lawful
     * @param scope what the purpose reaches
     * @param sensitive what allows its special-category and criminal data
     * @param automation what it does by machine about the subject
     * @param directMarketing whether the purpose is direct marketing
     * @param impactAssessment the data protection impact assessment
     * @param source the section of the statement, if given
     * @throws NullPointerException if any reference component is {@code null}
     */
    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sensitive, "sensitive");
        Objects.requireNonNull(automation, "automation");
        Objects.requireNonNull(impactAssessment, "impactAssessment");
        Objects.requireNonNull(source, "source");
    }

    /** {@return the points of 6(1) the purpose rests on, as the statement gives them} */
    public List<LawfulBasis> lawfulBases() {
        return basis.lawfulBases();
    }

    /** {@return the consent the purpose asks for, of any kind, if it asks any} */
    public Option<ConsentTerms> consent() {
        return basis.consent();
    }

    /** {@return the ids of the data categories the purpose uses} */
    public List<String> dataCategories() {
        return scope.dataCategories();
    }

    /** {@return the ids of the categories of subjects whose data the purpose uses} */
    public List<String> subjectCategories() {
        return scope.subjectCategories();
    }

    /** {@return the ids of the recipients the purpose gives data to} */
    public List<String> recipients() {
        return scope.recipients();
    }

    /**
     * {@return the ids of the purpose's own retention rules; those of its data categories apply as well
     * (see {@link Register#retentionRulesOf(Purpose)})}
     */
    public List<String> retentionRules() {
        return scope.retentionRules();
    }

    /**
     * Whether this purpose rests on the given basis.
     *
     * @param basis a point of 6(1)
     * @return whether the statement gives it as a lawful basis of this purpose
     */
    public boolean restsOn(LawfulBasis basis) {
        return lawfulBases().contains(basis);
    }

    /** {@return whether this purpose asks for the subject's consent, of any kind} */
    public boolean collectsConsent() {
        return consent().isDefined();
    }

    /**
     * Whether the subject's GDPR consent is what makes this purpose lawful: it rests on 6(1)(a), it
     * names explicit consent (9(2)(a)) as the condition for its special data, or it asks consent of a
     * GDPR kind (the basis, or explicit consent as a condition of 9(2)(a), 22(2)(c) or national law). Such consent can be
     * withdrawn (7(3)) and the subject must be told so (13(2)(c)); consent another law requires
     * cannot be withdrawn under the GDPR.
     *
     * @return whether the purpose relies on consent under the GDPR
     */
    public boolean reliesOnGdprConsent() {
        return restsOn(LawfulBasis.CONSENT) || sensitive.names(SpecialCategoryCondition.EXPLICIT_CONSENT)
                || consent().exists(c -> c.kind().isGdprConsent());
    }

    /**
     * Whether the purpose asks consent for all it does, not only for some of its data: it rests on
     * consent (6(1)(a)), or it asks consent as its ground or because another law requires it (the
     * cookie rule, medical secrecy). Explicit consent as the condition for special or criminal data
     * (9(2)(a), UAVG 32(a)) covers only the operations that use those data, and is no consent to
     * reading a device (Telecommunicatiewet 11.7a).
     *
     * @return whether the consent the purpose asks covers all of its processing
     */
    public boolean asksConsentForAllItDoes() {
        return restsOn(LawfulBasis.CONSENT) || consent().exists(c -> c.kind() != ConsentKind.EXPLICIT_CONDITION);
    }

    /**
     * Whether processing for this purpose carries the right to data portability (20(1)(a)): it rests
     * on consent (6(1)(a) or 9(2)(a)) or on a contract (6(1)(b)). Processing by automated means
     * (20(1)(b)) is assumed for the systems this library serves.
     *
     * @return whether the subject has the right to data portability for this purpose
     */
    public boolean givesPortability() {
        return restsOn(LawfulBasis.CONSENT) || restsOn(LawfulBasis.CONTRACT)
                || sensitive.names(SpecialCategoryCondition.EXPLICIT_CONSENT);
    }
}

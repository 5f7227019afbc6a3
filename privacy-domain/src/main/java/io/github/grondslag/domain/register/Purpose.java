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

    public List<LawfulBasis> lawfulBases() {
        return basis.lawfulBases();
    }

    public Option<ConsentTerms> consent() {
        return basis.consent();
    }

    public List<String> dataCategories() {
        return scope.dataCategories();
    }

    public List<String> subjectCategories() {
        return scope.subjectCategories();
    }

    public List<String> recipients() {
        return scope.recipients();
    }

    public List<String> retentionRules() {
        return scope.retentionRules();
    }

    /** Whether this purpose rests on the given basis. */
    public boolean restsOn(LawfulBasis basis) {
        return lawfulBases().contains(basis);
    }

    /** Whether this purpose asks for the subject's consent, of any kind. */
    public boolean collectsConsent() {
        return consent().isDefined();
    }

    /**
     * Whether the subject's GDPR consent is what makes this purpose lawful: it rests on 6(1)(a), it
     * names explicit consent (9(2)(a)) as the condition for its special data, or it asks consent of a
     * GDPR kind (the basis, or explicit consent as a condition of 9(2)(a), 22(2)(c) or national law). Such consent can be
     * withdrawn (7(3)) and the subject must be told so (13(2)(c)); consent another law requires
     * cannot be withdrawn under the GDPR.
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
     */
    public boolean asksConsentForAllItDoes() {
        return restsOn(LawfulBasis.CONSENT) || consent().exists(c -> c.kind() != ConsentKind.EXPLICIT_CONDITION);
    }

    /**
     * Whether processing for this purpose carries the right to data portability (20(1)(a)): it rests
     * on consent (6(1)(a) or 9(2)(a)) or on a contract (6(1)(b)). Processing by automated means
     * (20(1)(b)) is assumed for the systems this library serves.
     */
    public boolean givesPortability() {
        return restsOn(LawfulBasis.CONSENT) || restsOn(LawfulBasis.CONTRACT)
                || sensitive.names(SpecialCategoryCondition.EXPLICIT_CONSENT);
    }
}

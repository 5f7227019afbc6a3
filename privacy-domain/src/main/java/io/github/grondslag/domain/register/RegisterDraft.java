package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.DataSubjectRight;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The content of a register of processing before it has been validated: what an adapter reads or
 * a generator builds. {@link Register#of(RegisterDraft)} turns it into a {@link Register} or
 * reports every structural problem at once.
 *
 * @param jointControllers the controllers that determine purposes and means together with this one (26)
 * @param statementVersion the date of the privacy statement this register encodes
 * @param rightsOffered the rights the statement tells the subject about (13(2)(b)–(d))
 * @param rightsSource where the statement lists them
 * @param responsePolicy the statement's promise on answering rights requests (12(3)), if any
 */
public record RegisterDraft(
        Controller controller,
        List<JointController> jointControllers,
        Option<LocalDate> statementVersion,
        List<SubjectCategory> subjectCategories,
        List<DataCategory> dataCategories,
        List<Recipient> recipients,
        List<Transfer> transfers,
        List<RetentionRule> retentionRules,
        List<Purpose> purposes,
        Set<DataSubjectRight> rightsOffered,
        Option<String> rightsSource,
        Option<ResponsePolicy> responsePolicy) {

    public RegisterDraft {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(jointControllers, "jointControllers");
        Objects.requireNonNull(statementVersion, "statementVersion");
        Objects.requireNonNull(subjectCategories, "subjectCategories");
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(retentionRules, "retentionRules");
        Objects.requireNonNull(purposes, "purposes");
        Objects.requireNonNull(rightsOffered, "rightsOffered");
        Objects.requireNonNull(rightsSource, "rightsSource");
        Objects.requireNonNull(responsePolicy, "responsePolicy");
    }

    public RegisterDraft withController(Controller value) {
        return new RegisterDraft(value, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withJointControllers(List<JointController> value) {
        return new RegisterDraft(controller, value, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withStatementVersion(Option<LocalDate> value) {
        return new RegisterDraft(controller, jointControllers, value, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withSubjectCategories(List<SubjectCategory> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, value, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withDataCategories(List<DataCategory> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, value, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withRecipients(List<Recipient> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, value, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withTransfers(List<Transfer> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, value, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withRetentionRules(List<RetentionRule> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, value, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withPurposes(List<Purpose> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, value, rightsOffered, rightsSource, responsePolicy);
    }

    public RegisterDraft withRightsOffered(Set<DataSubjectRight> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, value, rightsSource, responsePolicy);
    }

    public RegisterDraft withResponsePolicy(Option<ResponsePolicy> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, value);
    }
}

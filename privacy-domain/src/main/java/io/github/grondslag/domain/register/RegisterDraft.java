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
 * @param controller the controller whose register this is (AVG 13(1)(a), 30(1)(a))
 * @param jointControllers the controllers that determine purposes and means together with this one (26)
 * @param statementVersion the date of the privacy statement this register encodes
 * @param subjectCategories the categories of data subjects (30(1)(c))
 * @param dataCategories the categories of personal data (30(1)(c))
 * @param recipients the recipients and categories of recipients (30(1)(d))
 * @param transfers the transfers to third countries or international organisations (30(1)(e))
 * @param retentionRules the retention rules (30(1)(f))
 * @param purposes the purposes of processing (30(1)(b))
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

    /**
     * A draft with the given content; it is not validated until {@link Register#of(RegisterDraft)}.
     *
     * @param controller the controller whose register this is
     * @param jointControllers the joint controllers
     * @param statementVersion the date of the privacy statement, if known
     * @param subjectCategories the categories of data subjects
     * @param dataCategories the categories of personal data
     * @param recipients the recipients
     * @param transfers the transfers outside the EEA
     * @param retentionRules the retention rules
     * @param purposes the purposes of processing
     * @param rightsOffered the rights the statement tells the subject about
     * @param rightsSource where the statement lists them, if given
     * @param responsePolicy the promise on answering rights requests, if any
     * @throws NullPointerException if any component is {@code null}
     */
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

    /**
     * A copy with another controller.
     *
     * @param value the new controller
     * @return this draft with the controller replaced, everything else unchanged
     */
    public RegisterDraft withController(Controller value) {
        return new RegisterDraft(value, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other joint controllers.
     *
     * @param value the new joint controllers
     * @return this draft with the joint controllers replaced, everything else unchanged
     */
    public RegisterDraft withJointControllers(List<JointController> value) {
        return new RegisterDraft(controller, value, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with another statement date (none: not known).
     *
     * @param value the new statement date
     * @return this draft with the statement date replaced, everything else unchanged
     */
    public RegisterDraft withStatementVersion(Option<LocalDate> value) {
        return new RegisterDraft(controller, jointControllers, value, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other subject categories.
     *
     * @param value the new subject categories
     * @return this draft with the subject categories replaced, everything else unchanged
     */
    public RegisterDraft withSubjectCategories(List<SubjectCategory> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, value, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other data categories.
     *
     * @param value the new data categories
     * @return this draft with the data categories replaced, everything else unchanged
     */
    public RegisterDraft withDataCategories(List<DataCategory> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, value, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other recipients.
     *
     * @param value the new recipients
     * @return this draft with the recipients replaced, everything else unchanged
     */
    public RegisterDraft withRecipients(List<Recipient> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, value, transfers, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other transfers.
     *
     * @param value the new transfers
     * @return this draft with the transfers replaced, everything else unchanged
     */
    public RegisterDraft withTransfers(List<Transfer> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, value, retentionRules, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other retention rules.
     *
     * @param value the new retention rules
     * @return this draft with the retention rules replaced, everything else unchanged
     */
    public RegisterDraft withRetentionRules(List<RetentionRule> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, value, purposes, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other purposes.
     *
     * @param value the new purposes
     * @return this draft with the purposes replaced, everything else unchanged
     */
    public RegisterDraft withPurposes(List<Purpose> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, value, rightsOffered, rightsSource, responsePolicy);
    }

    /**
     * A copy with other rights offered.
     *
     * @param value the new rights offered
     * @return this draft with the rights offered replaced, everything else unchanged
     */
    public RegisterDraft withRightsOffered(Set<DataSubjectRight> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, value, rightsSource, responsePolicy);
    }

    /**
     * A copy with another response policy (none: the statement makes no promise).
     *
     * @param value the new response policy
     * @return this draft with the response policy replaced, everything else unchanged
     */
    public RegisterDraft withResponsePolicy(Option<ResponsePolicy> value) {
        return new RegisterDraft(controller, jointControllers, statementVersion, subjectCategories, dataCategories, recipients, transfers, retentionRules, purposes, rightsOffered, rightsSource, value);
    }
}

package io.github.grondslag.adapters.json;

import java.util.List;

/**
 * The register file format, version 1, as Jackson sees it: plain records with nullable fields
 * and strings for enums, periods and dates, so that {@link RegisterMapping} can report every
 * problem with its JSON path instead of stopping at the first. docs/register-format.md documents
 * it; docs/schema/register.schema.json is its JSON Schema.
 */
record RegisterDocument(
        Integer format,
        String statementVersion,
        ControllerDoc controller,
        List<SubjectCategoryDoc> subjectCategories,
        List<DataCategoryDoc> dataCategories,
        List<RecipientDoc> recipients,
        List<TransferDoc> transfers,
        List<RetentionRuleDoc> retentionRules,
        List<PurposeDoc> purposes,
        List<String> rightsOffered,
        String rightsSource,
        ResponsePolicyDoc responsePolicy) {

    /** The only format version this adapter reads and writes. */
    static final int FORMAT = 1;

    record ControllerDoc(
            String name, String chamberOfCommerceNumber, String address, String contact, String dpoContact,
            String group, String source) {
    }

    record SubjectCategoryDoc(String id, String name, String source) {
    }

    record DataCategoryDoc(
            String id, String name, @com.fasterxml.jackson.annotation.JsonProperty("class") String dataClass,
            String specialCategory, String source) {
    }

    record RecipientDoc(String id, String name, String kind, Boolean processorAgreement, String source) {
    }

    record TransferDoc(
            String id, String recipient, String destination, String safeguard, String measures, String source) {
    }

    record RetentionRuleDoc(
            String id, String description, String trigger, String duration, String minimum, String maximum,
            String action, Boolean extendedByLegalHold, String source) {
    }

    record ConsentDoc(
            Boolean explicit, Boolean withdrawableAsEasilyAsGiven, String givenVia, String withdrawnVia,
            String source) {
    }

    record AutomatedDecisionDoc(Boolean legalOrSimilarEffect, String ground, String source) {
    }

    record PurposeDoc(
            String id,
            String name,
            String description,
            List<String> lawfulBases,
            List<String> dataCategories,
            List<String> subjectCategories,
            List<String> recipients,
            List<String> retentionRules,
            String specialCategoryCondition,
            String criminalDataAuthorisation,
            String balancingTest,
            ConsentDoc consent,
            AutomatedDecisionDoc automatedDecision,
            Boolean profiling,
            Boolean directMarketing,
            List<String> tracking,
            String source) {
    }

    record ResponsePolicyDoc(
            String basePeriod, String maximumExtension, String complaintAcknowledgement, String source) {
    }
}

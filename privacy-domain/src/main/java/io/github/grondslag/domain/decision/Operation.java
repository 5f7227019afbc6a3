package io.github.grondslag.domain.decision;

import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A processing an insurer system is about to do: for which subject (and as which category of
 * subject), for which purpose, with which categories of data. {@code storageOnly} marks mere
 * storage, which a restriction allows (AVG 18(2)); {@code restrictionException} names the 18(2)
 * exception the caller relies on when the subject's data are restricted.
 *
 * @param subject the data subject whose data are processed
 * @param subjectCategory the id of the subject category the subject is processed as, as the register declares it
 * @param purposeId the id of the purpose in the register
 * @param dataCategories the ids of the data categories the operation uses
 * @param storageOnly whether the operation is mere storage of the data
 * @param restrictionException the exception of 18(2) the caller relies on, or none
 */
public record Operation(
        SubjectId subject,
        String subjectCategory,
        String purposeId,
        List<String> dataCategories,
        boolean storageOnly,
        Option<RestrictionException> restrictionException) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param subject the data subject whose data are processed
     * @param subjectCategory the id of the subject category the subject is processed as, as the register declares it
     * @param purposeId the id of the purpose in the register
     * @param dataCategories the ids of the data categories the operation uses
     * @param storageOnly whether the operation is mere storage of the data
     * @param restrictionException the exception of 18(2) the caller relies on, or none
     * @throws NullPointerException when a component is {@code null}
     */
    public Operation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectCategory, "subjectCategory");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(restrictionException, "restrictionException");
    }

    /**
     * A use of the data (not mere storage), relying on no restriction exception.
     *
     * @param subject the data subject
     * @param subjectCategory the id of the subject category the subject is processed as
     * @param purposeId the id of the purpose in the register
     * @param data the ids of the data categories the operation uses
     * @return the operation
     */
    public static Operation use(SubjectId subject, String subjectCategory, String purposeId, List<String> data) {
        return new Operation(subject, subjectCategory, purposeId, data, false, Option.none());
    }

    /** {@return the same operation as mere storage of the data, which an active restriction allows (18(2))} */
    public Operation asStorage() {
        return new Operation(subject, subjectCategory, purposeId, dataCategories, true, restrictionException);
    }

    /**
     * The same operation relying on an exception of 18(2), for when the subject's data are restricted.
     *
     * @param exception the exception relied on
     * @return a copy of this operation that names the exception
     */
    public Operation relyingOn(RestrictionException exception) {
        return new Operation(subject, subjectCategory, purposeId, dataCategories, storageOnly, Option.some(exception));
    }
}

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
 */
public record Operation(
        SubjectId subject,
        String subjectCategory,
        String purposeId,
        List<String> dataCategories,
        boolean storageOnly,
        Option<RestrictionException> restrictionException) {

    public Operation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectCategory, "subjectCategory");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(restrictionException, "restrictionException");
    }

    /** A use of the data (not mere storage), relying on no restriction exception. */
    public static Operation use(SubjectId subject, String subjectCategory, String purposeId, List<String> data) {
        return new Operation(subject, subjectCategory, purposeId, data, false, Option.none());
    }

    /** Mere storage of the data. */
    public Operation asStorage() {
        return new Operation(subject, subjectCategory, purposeId, dataCategories, true, restrictionException);
    }

    /** The same operation relying on an exception of 18(2). */
    public Operation relyingOn(RestrictionException exception) {
        return new Operation(subject, subjectCategory, purposeId, dataCategories, storageOnly, Option.some(exception));
    }
}

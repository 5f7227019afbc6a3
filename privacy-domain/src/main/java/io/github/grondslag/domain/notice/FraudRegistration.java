package io.github.grondslag.domain.notice;

import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusion of a subject in one of the fraud registers: when, whether telling the subject would
 * harm the investigation, when the investigation ended, and whether the registration stays.
 */
public record FraudRegistration(String id, SubjectId subject, FraudRegister register, LocalDate inclusion,
                                boolean tellingHarmsInvestigation, Option<LocalDate> investigationEnded,
                                boolean registrationStays) {
    public FraudRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(inclusion, "inclusion");
        Objects.requireNonNull(investigationEnded, "investigationEnded");
    }
}

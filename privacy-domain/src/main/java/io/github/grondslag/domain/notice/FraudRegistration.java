package io.github.grondslag.domain.notice;

import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusion of a subject in one of the fraud registers: when, whether telling the subject would
 * harm the investigation, when the investigation ended, and whether the registration stays. It is
 * the input of {@link Notices#fraudRegistration}, which decides the notice owed (VGZ §VIII).
 *
 * @param id the registration's id; becomes the id of the notice owed for it
 * @param subject the subject included in the register
 * @param register the register the subject is included in
 * @param inclusion the date of the inclusion
 * @param tellingHarmsInvestigation whether telling the subject before the inclusion would harm the
 *        investigation, so that the notice is deferred until the investigation ends
 * @param investigationEnded the date the investigation ended, or none while it runs
 * @param registrationStays whether the registration stays after the investigation (only then is a
 *        deferred notice owed)
 */
public record FraudRegistration(String id, SubjectId subject, FraudRegister register, LocalDate inclusion,
                                boolean tellingHarmsInvestigation, Option<LocalDate> investigationEnded,
                                boolean registrationStays) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param id the registration's id; becomes the id of the notice owed for it
     * @param subject the subject included in the register
     * @param register the register the subject is included in
     * @param inclusion the date of the inclusion
     * @param tellingHarmsInvestigation whether telling the subject before the inclusion would harm the
     *        investigation
     * @param investigationEnded the date the investigation ended, or none while it runs
     * @param registrationStays whether the registration stays after the investigation
     * @throws NullPointerException when a component is {@code null}
     */
    public FraudRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(inclusion, "inclusion");
        Objects.requireNonNull(investigationEnded, "investigationEnded");
    }

    /** The registration's id may identify the subject (it becomes the notice's id): not printed. */
    @Override
    public String toString() {
        return "FraudRegistration[id=***, subject=" + subject + ", register=" + register + ", inclusion=" + inclusion
                + ", tellingHarmsInvestigation=" + tellingHarmsInvestigation + ", investigationEnded="
                + investigationEnded + ", registrationStays=" + registrationStays + "]";
    }
}

package io.github.grondslag.adapters.json.register;

import io.github.grondslag.adapters.json.JsonMappers;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.request.Answers;
import io.vavr.collection.List;

/**
 * The portability export (AVG 20(1)) in a structured, commonly used, machine-readable form: JSON.
 * It lists the records the subject provided on consent or contract, with their purposes and data
 * categories; the insurer's adapter fills in the values from its own stores by record id.
 */
public final class PortabilityJson {

    private PortabilityJson() {
    }

    record ExportDoc(String format, String controller, java.util.List<RecordDoc> records) {
    }

    record RecordDoc(String record, String purpose, String lawfulBasis, java.util.List<String> dataCategories) {
    }

    /**
     * The portability export of a subject's records (AVG 20(1)): those the subject provided and that
     * are processed on consent or contract, each with its purpose, lawful bases and data categories,
     * under the controller's name. The format is {@code grondslag-portability/1}.
     *
     * @param register the controller's register of processing, which declares every record's purpose
     * @param records  the subject's records; those portability does not cover are left out
     * @return the export as a JSON text
     */
    public static String export(Register register, List<PersonalRecord> records) {
        List<RecordDoc> docs = Answers.portable(register, records).map(r -> new RecordDoc(r.id(),
                r.purposeId(), register.purpose(r.purposeId()).get().lawfulBases()
                .map(JsonFields::spelling).mkString(","),
                r.dataCategories().toJavaList()));
        return JsonMappers.MAPPER.writeValueAsString(new ExportDoc("grondslag-portability/1",
                register.controller().name(), docs.toJavaList()));
    }
}

package io.github.grondslag.adapters.json.register;

import io.github.grondslag.adapters.json.JsonMappers;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortabilityJsonTest {

    @Test
    void theExportIsStructuredJsonOfTheRecordsTheSubjectProvidedOnContract() {
        Register register = RegisterJson.parse("minimal", RegisterJsonTest.MINIMAL.getBytes(StandardCharsets.UTF_8))
                .get();
        SubjectId s = SubjectId.of("s");
        String json = PortabilityJson.export(register, List.of(
                new PersonalRecord("rec-1", s, "admin", List.of("contact"), Option.none(), true, Option.none(), Option.none(), HashMap.empty()),
                new PersonalRecord("rec-2", s, "admin", List.of("contact"), Option.some("Vektis"), false, Option.none(), Option.none(),
                        HashMap.empty())));
        assertTrue(json.contains("\"format\" : \"grondslag-portability/1\""), json);
        assertTrue(json.contains("\"record\" : \"rec-1\""), json);
        assertTrue(json.contains("\"lawfulBasis\" : \"contract\""), json);
        assertFalse(json.contains("rec-2"), "data not provided by the subject is not portable (20(1))");
        assertTrue(JsonMappers.MAPPER.readTree(json).isObject());
    }
}

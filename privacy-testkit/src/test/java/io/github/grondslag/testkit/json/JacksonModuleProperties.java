package io.github.grondslag.testkit.json;

import io.github.grondslag.adapters.json.GrondslagModule;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.testkit.generators.RecordGens;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every type that crosses a file or a port reads back equal through the module on a user's own mapper. */
class JacksonModuleProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new GrondslagModule()).build();

    private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
        Property.forAll(gen).tries(100).checkThat(v -> assertEquals(v, MAPPER.readValue(MAPPER.writeValueAsString(v),
                type), type.getSimpleName()));
    }

    @Test
    void registersRoundTrip() {
        roundTrips(Grondslag.lawfulRegisters(), Register.class);
    }

    @Test
    void consentLedgersAndSubjectStatesRoundTrip() {
        SubjectId subject = SubjectId.of("s-1");
        roundTrips(Grondslag.consentHistories(subject, "p"), ConsentLedger.class);
        roundTrips(c -> Grondslag.subjectStates(subject, Grondslag.lawfulRegisters().generate(c)).generate(c),
                SubjectState.class);
    }

    @Test
    void rightsRequestsRoundTrip() {
        roundTrips(Grondslag.legalRequests(), RightsRequest.class);
    }

    @Test
    void recordsHoldsNoticesAndAuditEntriesRoundTrip() {
        Gen<List<PersonalRecord>> records = c -> Grondslag.records(Grondslag.lawfulRegisters().generate(c), 5)
                .generate(c);
        roundTrips(c -> Gens.elementsOf(records.filter(List::nonEmpty).generate(c)).generate(c), PersonalRecord.class);
        roundTrips(c -> RecordGens.hold("h", records.generate(c)).generate(c), LegalHold.class);
        roundTrips(Grondslag.notices(), Notice.class);
        roundTrips(Grondslag.auditEntries(), AuditEntry.class);
        roundTrips(c -> AuditChain.link(Option.none(), Grondslag.auditEntries().generate(c)), ChainedEntry.class);
    }

    @Test
    void theModuleIsFoundByTheServiceLoaderAndAnInvalidRegisterSaysWhy() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof GrondslagModule));
        DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
                "{\"format\": 2, \"controller\": {}}", Register.class));
        assertTrue(e.getMessage().contains("not a valid register") && e.getMessage().contains("$.controller"),
                e.getMessage());
        LocalDate.of(2026, 1, 1);
    }
}

package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.port.AuditEntry;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.LegalHolds;
import io.github.grondslag.domain.port.RecordCatalogue;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.retention.ErasureDecision;
import io.github.grondslag.domain.retention.RetentionSweep;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The retention sweep over the record catalogue, and erasure requests against retention. Every
 * verdict is audited (what, when, which rule; no record or subject id).
 */
public final class RetentionUseCases {

    private final RegisterSource registers;
    private final RecordCatalogue catalogue;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    public RetentionUseCases(RegisterSource registers, RecordCatalogue catalogue, LegalHolds holds, AuditTrail audit,
                             Clock clock, ZoneId zone) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Sweeps every record today; each verdict goes to {@code onVerdict} (to erase, anonymise, or keep). */
    public RetentionSweep.Summary sweep(Consumer<RetentionVerdict> onVerdict) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        try (Stream<PersonalRecord> records = catalogue.records()) {
            return RetentionSweep.sweep(registers.register(), records.iterator(), holds::covering, today, v -> {
                audit.append(new AuditEntry(now, "retention.swept", v.purposeId(),
                        v.verdict().name().toLowerCase(), List.of(v.citation())));
                onVerdict.accept(v);
            });
        }
    }

    /** What an erasure request of a subject meets today: per record, erase or keep with ground and date. */
    public List<ErasureDecision> erasure(SubjectId subject) {
        Instant now = clock.instant();
        List<PersonalRecord> records;
        try (Stream<PersonalRecord> stream = catalogue.recordsOf(subject)) {
            records = List.ofAll(stream);
        }
        List<ErasureDecision> decisions = ErasureDecision.decide(registers.register(), records, holds::covering,
                now.atZone(zone).toLocalDate());
        decisions.zip(records).forEach(t -> audit.append(new AuditEntry(now, "erasure.decided", t._2.purposeId(),
                t._1.erase() ? "erase" : "keep", t._1.keptOn().map(g -> List.of(g.citation()))
                .getOrElse(List.of(io.github.grondslag.domain.law.Citation.avg("17(1)"))))));
        return decisions;
    }
}

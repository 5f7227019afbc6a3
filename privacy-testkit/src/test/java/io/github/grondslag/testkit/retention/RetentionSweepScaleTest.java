package io.github.grondslag.testkit.retention;

import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.retention.RetentionSweep;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.seeds.SeedRegistersAccess;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep streams: two million records, generated lazily, in constant memory. */
class RetentionSweepScaleTest {

    private static final int RECORDS = 2_000_000;

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void twoMillionRecordsAreSweptWithoutHoldingThem() {
        Register vgz = SeedRegistersAccess.vgz();
        SubjectId subject = SubjectId.of("s");
        java.util.Iterator<PersonalRecord> records = LongStream.range(0, RECORDS).mapToObj(i -> new PersonalRecord(
                "rec-" + i, subject, "vgz-i-contracts", List.of("contact-details"), Option.none(), true, Option.none(),
                Option.none(), HashMap.of(RetentionTrigger.RELATIONSHIP_ENDED,
                LocalDate.of(2010, 1, 1).plusDays(i % 6000))))
                .iterator();
        long before = usedHeap();
        AtomicLong peak = new AtomicLong();
        AtomicLong seen = new AtomicLong();
        long start = System.nanoTime();
        RetentionSweep.Summary summary = RetentionSweep.sweep(vgz, records, r -> List.empty(),
                LocalDate.of(2026, 1, 1), v -> {
                    if (seen.incrementAndGet() % 500_000 == 0) {
                        peak.accumulateAndGet(usedHeap(), Math::max);
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(RECORDS, summary.total());
        long growth = peak.get() - before;
        System.out.printf("sweep: %d records in %.2f s (%.0f records/s), heap growth %d KiB, %s%n", RECORDS, seconds,
                RECORDS / seconds, growth / 1024, summary);
        assertTrue(growth < 32L * 1024 * 1024, "the sweep held records: heap grew by " + growth / 1024 + " KiB");
    }
}

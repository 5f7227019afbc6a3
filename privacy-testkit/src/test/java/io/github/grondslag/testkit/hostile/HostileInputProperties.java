package io.github.grondslag.testkit.hostile;

import io.github.grondslag.adapters.json.register.JsonProblem;
import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.adapters.json.register.RegisterReadError;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.testkit.cli.PrivacyCommand;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.github.grondslag.testkit.property.Statistics;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input (docs/reliability.md): valid registers mutated in every way a file can be wrong,
 * through the reader and through the command in-process; every case ends in a typed error or a
 * register, in bounded time, and no output holds a raw control character. The number of cases is
 * {@value #READER_CASES} through the reader and {@value #COMMAND_CASES} through the command per
 * build; the system property {@code grondslag.fuzz.factor} multiplies both (the {@code fuzz} profile).
 */
class HostileInputProperties {

    static final int READER_CASES = 10_000;
    static final int COMMAND_CASES = 1_500;
    static final int ARGUMENT_CASES = 1_500;
    private static final int FACTOR = Integer.getInteger("grondslag.fuzz.factor", 1);
    /** No case may take longer than this, reading and checking included. */
    private static final long MAX_MILLIS = 5_000;

    static final List<byte[]> SOURCES = List.of(
            read(Path.of("..", "docs", "registers", "zorggenoot.json")),
            read(Path.of("..", "docs", "registers", "nl-vws-coronacheck.json")),
            read(Path.of("..", "privacy-adapters-json", "src", "test", "resources", "registers", "every-field-v2.json")));

    /** Case counts by kind, across the properties of one run, for docs/reliability.md. */
    static final java.util.Map<String, AtomicInteger> TRIED = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalStateException("a bundled register is missing: " + p, e);
        }
    }

    /** A hostile document: a valid register, mutated in one named way. */
    static Gen<Tuple2<String, byte[]>> hostile() {
        return c -> {
            byte[] source = Gens.elementsOf(SOURCES).generate(c);
            String text = new String(source, StandardCharsets.UTF_8);
            String kind = Gens.elements(Mutations.KINDS).generate(c);
            return new Tuple2<>(kind, Mutations.apply(kind, text, source, c));
        };
    }

    /** Whether the text holds a character a terminal would act on: C0 (but newline and tab), DEL, C1. */
    static boolean hasRawControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch < 0x20 && ch != '\n' && ch != '\t') || (ch >= 0x7f && ch <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyHostileDocumentEndsInATypedErrorOrARegisterQuicklyAndPrintsNoControlCharacter() {
        Statistics stats = Property.forAll(hostile()).tries(READER_CASES * FACTOR)
                .classify(t -> t._1)
                .requireLabel("truncate", 5).requireLabel("type-swap", 5).requireLabel("encoding", 5)
                .requireLabel("control-characters", 5).requireLabel("huge-number", 3)
                .checkThat(t -> {
                    TRIED.computeIfAbsent("reader " + t._1, k -> new AtomicInteger()).incrementAndGet();
                    long start = System.nanoTime();
                    Either<RegisterReadError, Register> read = RegisterJson.parse("hostile.json", t._2);
                    if (read.isRight()) {
                        RegisterCheck.check(read.get());
                        Decider.of(read.get());
                    } else {
                        for (JsonProblem p : read.getLeft().problems()) {
                            assertFalse(hasRawControl(p.path() + p.message()), () -> t._1 + ": " + p);
                        }
                    }
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertTrue(millis < MAX_MILLIS, () -> t._1 + " took " + millis + " ms");
                });
        System.out.println("hostile documents through the reader: " + stats);
    }

    @TempDir
    Path dir;

    static Run privacy(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PrivacyCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }

    static void assertSafe(String what, Run run) {
        assertTrue(run.code() >= 0 && run.code() <= 2, () -> what + ": exit " + run.code() + "\n" + run.err());
        assertFalse(hasRawControl(run.out()) || hasRawControl(run.err()), () -> what + ": a raw control character");
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), () -> what + ": " + run.err());
    }

    @Test
    void everyHostileFileThroughTheCommandExitsZeroOneOrTwoAndPrintsNoControlCharacter() {
        AtomicInteger n = new AtomicInteger();
        Statistics stats = Property.forAll(hostile()).tries(COMMAND_CASES * FACTOR).classify(t -> t._1)
                .checkThat(t -> {
                    TRIED.computeIfAbsent("command " + t._1, k -> new AtomicInteger()).incrementAndGet();
                    Path file = dir.resolve("case-" + n.incrementAndGet() + ".json");
                    try {
                        Files.write(file, t._2);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    assertSafe(t._1, privacy("check", file.toString()));
                    assertSafe(t._1 + " (json)", privacy("check", "--format", "json", file.toString()));
                });
        System.out.println("hostile files through the command: " + stats);
    }

    /** Arguments of every kind a caller can get wrong, with control characters and extremes. */
    static Gen<List<String>> arguments() {
        Gen<String> token = Gens.elements("check", "deadline", "--help", "-h", "--version", "bogus", "--format", "json",
                "text", "yaml", "--received", "--type", "ACCESS", "access", "--extension", "0", "1", "2", "3", "-1",
                "99999999999999999999", "--register", "--zone", "Europe/Amsterdam", "Mars/Olympus", "", " ",
                "2026-01-31T23:30:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00-18:00",
                "2026-02-30T00:00:00Z", "1800-01-01T00:00:00Z", "\u001b[2J", "a\nb", "\u009b31m", "\u0000",
                "../docs/registers/vgz-zakelijk.json", "../docs/registers", "/dev/null", "/proc/self/mem",
                "missing.json", "x".repeat(10_000));
        return Gens.lists(token, 0, 7);
    }

    @Test
    void everyArgumentListExitsZeroOneOrTwoAndPrintsNoControlCharacter() {
        Statistics stats = Property.forAll(arguments()).tries(ARGUMENT_CASES * FACTOR).checkThat(args -> {
            TRIED.computeIfAbsent("arguments", k -> new AtomicInteger()).incrementAndGet();
            assertSafe(args.mkString(" ").replaceAll("\\p{Cntrl}", "?"), privacy(args.toJavaArray(String[]::new)));
        });
        System.out.println("argument lists through the command: " + stats);
        assertEquals(ARGUMENT_CASES * FACTOR, stats.tries());
    }
}

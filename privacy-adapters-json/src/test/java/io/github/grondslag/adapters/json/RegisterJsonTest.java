package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.register.Register;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading registers: valid ones, and every kind of bad file, each with a clear, located error. */
class RegisterJsonTest {

    static final String MINIMAL = """
            {"format": 1, "statementVersion": "2025-12-22",
             "controller": {"name": "Insurer", "contact": "privacy@insurer.example"},
             "subjectCategories": [{"id": "partners", "name": "Partners"}],
             "dataCategories": [{"id": "contact", "name": "Contact details", "class": "ordinary"}],
             "purposes": [{"id": "admin", "name": "Administration", "lawfulBases": ["contract"],
                           "dataCategories": ["contact"], "subjectCategories": ["partners"]}]}
            """;

    @TempDir
    Path dir;

    private static Either<RegisterReadError, Register> parse(String json) {
        return RegisterJson.parse("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonProblem onlyProblem(String json) {
        Either<RegisterReadError, Register> result = parse(json);
        assertTrue(result.isLeft(), "expected an error");
        assertEquals(RegisterReadError.Kind.INVALID, result.getLeft().kind());
        assertEquals(1, result.getLeft().problems().size(), result.getLeft().problems()::toString);
        return result.getLeft().problems().head();
    }

    @Test
    void aMinimalRegisterIsRead() {
        Register r = parse(MINIMAL).get();
        assertEquals(LawfulBasis.CONTRACT, r.purpose("admin").get().lawfulBases().head());
        assertEquals("Insurer", r.controller().name());
    }

    @Test
    void aMissingFileIsNotFound() {
        RegisterReadError e = RegisterJson.read(dir.resolve("absent.json")).getLeft();
        assertEquals(RegisterReadError.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void aDirectoryIsNotReadable() {
        assertEquals(RegisterReadError.Kind.NOT_READABLE, RegisterJson.read(dir).getLeft().kind());
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        RegisterReadError e = RegisterJson.read(empty).getLeft();
        assertEquals("the file is empty", e.problems().head().message());
    }

    @Test
    void textThatIsNotJsonIsReportedWithLineAndColumnWithoutEchoingIt() {
        JsonProblem p = onlyProblem("Dear Jan Jansen, hello");
        assertTrue(p.path().contains("line 1, column 1"), p.path());
        assertFalse(p.message().contains("Jansen"), p.message());
    }

    @Test
    void aTruncatedDocumentSaysItEndsTooEarly() {
        JsonProblem p = onlyProblem(MINIMAL.substring(0, MINIMAL.length() / 2));
        assertTrue(p.message().contains("ends too early"), p.message());
    }

    @Test
    void aWrongTypeNamesThePathAndTheExpectedType() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 1", "\"format\": \"one\""));
        assertEquals("$.format", p.path());
        assertEquals("expected a whole number here", p.message());
        JsonProblem flag = onlyProblem(MINIMAL.replace("\"lawfulBases\"", "\"profiling\": \"yes\", \"lawfulBases\""));
        assertEquals("$.purposes[0].profiling", flag.path());
        assertEquals("expected true or false here", flag.message());
    }

    @Test
    void aStringIsNotCoercedFromANumber() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"name\": \"Insurer\"", "\"name\": 42"));
        assertEquals("$.controller.name", p.path());
    }

    @Test
    void anUnknownLawfulBasisNamesItsPathAndTheSixBases() {
        JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]", "[\"toestemming\"]"));
        assertEquals("$.purposes[0].lawfulBases[0]", p.path());
        assertTrue(p.message().contains("consent, contract, legal-obligation"), p.message());
        assertFalse(p.message().contains("toestemming"), "the value is not echoed");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"format\": 1,"));
        assertEquals("duplicate key: 'format'", p.message());
    }

    @Test
    void anUnknownFieldIsRejectedWithItsPath() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"id\": \"admin\"", "\"id\": \"admin\", \"basis\": \"x\""));
        assertEquals("$.purposes[0].basis", p.path());
        assertTrue(p.message().startsWith("unknown field 'basis'"), p.message());
    }

    @Test
    void trailingContentIsRejected() {
        JsonProblem p = onlyProblem(MINIMAL + " {}");
        assertTrue(p.message().contains("after the end"), p.message());
    }

    @Test
    void deepNestingIsRejectedWhereTheFormatHasNoArray() {
        // The format nests at most four levels; the parser's limit of 32 is a second fence.
        JsonProblem p = onlyProblem("[".repeat(10_000) + "]".repeat(10_000));
        assertEquals("$", p.path());
        JsonProblem inner = onlyProblem(MINIMAL.replace("\"Insurer\"", "[".repeat(1000) + "]".repeat(1000)));
        assertEquals("$.controller.name", inner.path());
        assertEquals("expected a string here", inner.message());
    }

    @Test
    void tenMegabytesOfGarbageIsRefusedBeforeParsing() throws IOException {
        byte[] garbage = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.json"), garbage);
        RegisterReadError e = RegisterJson.read(file).getLeft();
        assertEquals(RegisterReadError.Kind.NOT_READABLE, e.kind());
        assertTrue(e.problems().head().message().contains("larger than"));
    }

    @Test
    void everySemanticProblemIsReportedAtOnce() {
        String json = MINIMAL
                .replace("\"format\": 1", "\"format\": 2")
                .replace("\"ordinary\"", "\"secret\"")
                .replace("[\"contract\"]", "[\"contract\", \"sympathy\"]")
                .replace("\"statementVersion\": \"2025-12-22\"", "\"statementVersion\": \"22-12-2025\"");
        RegisterReadError e = parse(json).getLeft();
        assertEquals(4, e.problems().size(), e.problems()::toString);
        assertEquals(io.vavr.collection.List.of("$.format", "$.statementVersion", "$.dataCategories[0].class",
                "$.purposes[0].lawfulBases[1]"), e.problems().map(JsonProblem::path));
    }

    @Test
    void domainViolationsCarryTheirJsonPath() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"dataCategories\": [\"contact\"]",
                "\"dataCategories\": [\"contact\", \"bank\"]"));
        assertEquals("$.purposes[0].dataCategories[1]", p.path());
        assertTrue(p.message().contains("does not declare"), p.message());
    }

    @Test
    void aBadPeriodNamesTheIsoFormat() {
        String json = MINIMAL.replace("\"purposes\"", """
                "retentionRules": [{"id": "r", "description": "d", "duration": "7 jaar", "action": "erase"}],
                "purposes\"""");
        JsonProblem p = onlyProblem(json);
        assertEquals("$.retentionRules[0].duration", p.path());
        assertTrue(p.message().contains("ISO-8601"));
    }

    @Test
    void nullForTheWholeDocumentIsRejected() {
        assertEquals("$", onlyProblem("null").path());
    }

    @Test
    void aNumberOutOfRangeIsNamedAsSuch() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 1", "\"format\": 99999999999999999999"));
        assertTrue(p.path().startsWith("$.format"), p.path());
        assertEquals("the number is out of range here", p.message());
    }

    @Test
    void aNullInAListOfIdsSaysAStringWasExpected() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"dataCategories\": [\"contact\"]",
                "\"dataCategories\": [\"contact\", null]"));
        assertEquals("$.purposes[0].dataCategories[1]", p.path());
        assertEquals("expected a string, found null", p.message());
    }
}

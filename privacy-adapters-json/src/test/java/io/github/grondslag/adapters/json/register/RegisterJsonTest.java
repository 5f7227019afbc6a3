package io.github.grondslag.adapters.json.register;

import io.github.grondslag.adapters.json.JsonMappers;

import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.register.Assessment;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentMechanism;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading registers (docs/register-format.md): valid ones of version 2 and version 1, every kind of
 * bad file, each with a clear, located error, and writing them back as version 2.
 */
class RegisterJsonTest {

    /** The smallest useful register, in the current format. */
    static final String MINIMAL = """
            {"format": 2, "statementVersion": "2025-12-22",
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
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2", "\"format\": \"two\""));
        assertEquals("$.format", p.path());
        assertEquals("expected a whole number here, found a string", p.message());
        JsonProblem flag = onlyProblem(MINIMAL.replace("\"lawfulBases\"", "\"profiling\": \"yes\", \"lawfulBases\""));
        assertEquals("$.purposes[0].profiling", flag.path());
        assertEquals("expected true or false here, found a string", flag.message());
    }

    private static String withRule(String duration) {
        return MINIMAL.replace("\"purposes\"", "\"retentionRules\": [{\"id\": \"r\", \"description\": \"d\","
                + " \"trigger\": \"recorded\", \"duration\": \"" + duration + "\", \"action\": \"erase\"}],"
                + " \"purposes\"");
    }

    @Test
    void anAbsurdPeriodIsAnInputErrorAtItsFieldNotALaterDateTimeException() {
        for (String absurd : new String[] {"P1000000000Y", "P201Y", "P2412M", "P99999999D", "P-1Y"}) {
            JsonProblem p = onlyProblem(withRule(absurd));
            assertEquals("$.retentionRules[0].duration", p.path(), absurd);
            assertTrue(p.message().contains("at most 200 years"), p.message());
        }
        assertTrue(parse(withRule("P200Y")).isRight(), "two centuries is the longest period accepted");
        Register r = parse(withRule("P200Y")).get();
        // the longest accepted period, evaluated on the last date a record may carry, does not overflow
        assertTrue(io.github.grondslag.domain.retention.Retention.evaluate(r, new io.github.grondslag.domain.record
                .PersonalRecord("rec", io.github.grondslag.domain.subject.SubjectId.of("s"), "admin",
                io.vavr.collection.List.of("contact"), Option.none(), true, Option.none(), Option.some("r"),
                io.vavr.collection.HashMap.of(io.github.grondslag.domain.register.RetentionTrigger.RECORDED,
                        java.time.LocalDate.of(2999, 12, 31))), io.vavr.collection.List.empty(),
                java.time.LocalDate.of(2999, 12, 31)).verdict() != null);
    }

    @Test
    void aDateOutsideTheYears1900To2999IsAnInputError() {
        JsonProblem p = onlyProblem(MINIMAL.replace("2025-12-22", "0001-01-01"));
        assertEquals("$.statementVersion", p.path());
        assertTrue(p.message().contains("1900-2999"), p.message());
    }

    private static JsonProblem onlyProblem(byte[] bytes) {
        Either<RegisterReadError, Register> result = RegisterJson.parse("test.json", bytes);
        assertTrue(result.isLeft(), "expected an error");
        assertEquals(1, result.getLeft().problems().size(), result.getLeft().problems()::toString);
        return result.getLeft().problems().head();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aRegisterInAnotherEncodingThanUtf8IsRefusedNamingTheEncodingFound() {
        byte[] utf8 = MINIMAL.getBytes(StandardCharsets.UTF_8);
        java.util.Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
        cases.put("UTF-16 (big-endian)", MINIMAL.getBytes(StandardCharsets.UTF_16BE));
        cases.put("UTF-16 (little-endian)", MINIMAL.getBytes(StandardCharsets.UTF_16LE));
        cases.put("UTF-16 (big-endian, with a byte-order mark)", MINIMAL.getBytes(StandardCharsets.UTF_16));
        cases.put("UTF-16 (little-endian, with a byte-order mark)", concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                MINIMAL.getBytes(StandardCharsets.UTF_16LE)));
        cases.put("UTF-32 (big-endian)", MINIMAL.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        cases.put("UTF-32 (little-endian)", MINIMAL.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        cases.put("UTF-32 (big-endian, with a byte-order mark)", concat(new byte[] {0, 0, (byte) 0xfe, (byte) 0xff},
                MINIMAL.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
        cases.put("UTF-32 (little-endian, with a byte-order mark)", concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
                MINIMAL.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        cases.put("UTF-8 with a byte-order mark", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8));
        // "/" written as the overlong two-byte sequence C0 AF, inside a name
        byte[] overlong = MINIMAL.replace("Insurer", "Insu__er").getBytes(StandardCharsets.UTF_8);
        int at = MINIMAL.indexOf("Insurer") + 4;
        overlong[at] = (byte) 0xc0;
        overlong[at + 1] = (byte) 0xaf;
        cases.put("not valid UTF-8", overlong);
        cases.forEach((encoding, bytes) -> {
            JsonProblem p = onlyProblem(bytes);
            assertTrue(p.message().contains("a register is UTF-8") && p.message().contains(encoding),
                    encoding + ": " + p.message());
        });
    }

    @Test
    void aHugeNumberIsReportedAsTooLongNotAsTooDeep() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2", "\"format\": " + "9".repeat(100_000)));
        assertTrue(p.message().contains("a number longer than the 32 digits"), p.message());
        assertFalse(p.message().contains("levels"), p.message());
    }

    @Test
    void aFileCutInsideTrueFalseOrNullIsSaidToEndTooEarly() {
        for (String literal : new String[] {"tr", "fals", "nu"}) {
            String cut = "{\"format\": 2, \"x\": " + literal;
            JsonProblem p = onlyProblem(cut);
            assertTrue(p.message().contains("ends too early"), literal + ": " + p.message());
        }
    }

    @Test
    void aLoopOfSymbolicLinksAndADanglingLinkAreNotReportedAsMissingFiles() throws java.io.IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        java.nio.file.Files.createSymbolicLink(a, b);
        java.nio.file.Files.createSymbolicLink(b, a);
        RegisterReadError loop = RegisterJson.read(a).getLeft();
        assertEquals(RegisterReadError.Kind.NOT_READABLE, loop.kind());
        assertEquals("a loop of symbolic links", loop.problems().head().message());
        Path dangling = dir.resolve("dangling.json");
        java.nio.file.Files.createSymbolicLink(dangling, dir.resolve("gone.json"));
        assertEquals("a symbolic link whose target is missing",
                RegisterJson.read(dangling).getLeft().problems().head().message());
        assertEquals(RegisterReadError.Kind.NOT_FOUND, RegisterJson.read(dir.resolve("none.json")).getLeft().kind());
    }

    @Test
    void aStringIsNotCoercedFromANumber() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"name\": \"Insurer\"", "\"name\": 42"));
        assertEquals("$.controller.name", p.path());
    }

    @Test
    void anUnknownLawfulBasisIsNamedWithItsPathAndTheSixBasesButNotEchoed() {
        JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]", "[\"toestemming\"]"));
        assertEquals("$.purposes[0].lawfulBases[0]", p.path());
        assertEquals("a value that is not a word of this vocabulary (not shown); expected one of consent, contract,"
                + " legal-obligation, vital-interests, public-task, legitimate-interests", p.message());
    }

    @Test
    void aMisspeltVocabularyWordIsNamedWithTheWordItIsClosestTo() {
        JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]", "[\"contrakt\"]"));
        assertTrue(p.message().startsWith("unknown value 'contrakt' (did you mean 'contract'?); expected one of"),
                p.message());
    }

    @Test
    void aNameOrANumberWhereAVocabularyWordBelongsIsNeverEchoed() {
        for (String personal : new String[] {"Jansen", "jansen", "123456782", "j.jansen@example.nl"}) {
            JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]", "[\"" + personal + "\"]"));
            assertFalse(p.message().contains(personal), p.message());
        }
    }

    @Test
    void aDuplicateKeyIsRejected() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2,", "\"format\": 2, \"format\": 2,"));
        assertEquals("duplicate key: 'format'", p.message());
    }

    @Test
    void anUnknownFieldIsReportedAtTheObjectThatHasItWithTheFieldsExpectedThere() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"id\": \"admin\"", "\"id\": \"admin\", \"basis\": \"x\""));
        assertEquals("$.purposes[0]", p.path());
        assertTrue(p.message().startsWith("unknown field 'basis'; expected one of id, name, description, lawfulBases"),
                p.message());
    }

    @Test
    void trailingContentIsRejected() {
        JsonProblem p = onlyProblem(MINIMAL + " {}");
        assertTrue(p.message().contains("after the end"), p.message());
    }

    @Test
    void deepNestingIsRefusedByTheParsersLimit() {
        // The format nests at most four levels; the parser's limit of 32 is a second fence.
        JsonProblem p = onlyProblem("[".repeat(10_000) + "]".repeat(10_000));
        assertTrue(p.path().startsWith("$"), p.path());
        assertTrue(p.message().contains("nested deeper than the 32 levels"), p.message());
        JsonProblem inner = onlyProblem(MINIMAL.replace("\"Insurer\"", "[".repeat(1000) + "]".repeat(1000)));
        assertTrue(inner.message().contains("nested deeper than the 32 levels"), inner.message());
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
                .replace("\"format\": 2", "\"format\": \"2\"")
                .replace("\"ordinary\"", "\"secret\"")
                .replace("[\"contract\"]", "[\"contract\", \"sympathy\"]")
                .replace("\"statementVersion\": \"2025-12-22\"", "\"statementVersion\": \"22-12-2025\"");
        RegisterReadError e = parse(json).getLeft();
        assertEquals(io.vavr.collection.List.of("$.format", "$.statementVersion", "$.dataCategories[0].class",
                "$.purposes[0].lawfulBases[1]"), e.problems().map(JsonProblem::path), e.problems()::toString);
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
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2", "\"format\": 99999999999999999999"));
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

    // --- (a) every problem at once, each at its JSON path ---

    private static Map<String, String> problemsByPath(String json) {
        Either<RegisterReadError, Register> result = parse(json);
        assertTrue(result.isLeft(), "expected an error");
        Map<String, String> out = new TreeMap<>();
        result.getLeft().problems().forEach(p -> assertEquals(null, out.put(p.path(), p.message()),
                () -> "two problems at " + p.path() + ": " + result.getLeft().problems()));
        return out;
    }

    @Test
    void anUnknownFieldAWrongTypeAnUnknownValueAndADanglingReferenceAreReportedInOneRunEachAtItsPath() {
        String json = MINIMAL
                .replace("\"id\": \"admin\"", "\"id\": \"admin\", \"basis\": \"contract\", \"profiling\": \"yes\"")
                .replace("[\"contract\"]", "[\"contract\", \"sympathy\"]")
                .replace("\"dataCategories\": [\"contact\"]", "\"dataCategories\": [\"contact\", \"bank\"]");
        Map<String, String> problems = problemsByPath(json);
        assertEquals(Set.of("$.purposes[0]", "$.purposes[0].profiling", "$.purposes[0].lawfulBases[1]",
                "$.purposes[0].dataCategories[1]"), problems.keySet(), problems::toString);
        assertTrue(problems.get("$.purposes[0]").startsWith("unknown field 'basis'; expected one of id, name"),
                problems::toString);
        assertEquals("expected true or false here, found a string", problems.get("$.purposes[0].profiling"));
        assertTrue(problems.get("$.purposes[0].lawfulBases[1]").startsWith("a value that is not a word"),
                problems::toString);
        assertEquals("refers to data category 'bank', which the register does not declare",
                problems.get("$.purposes[0].dataCategories[1]"));
    }

    @Test
    void problemsInDifferentObjectsAreReportedTogether() {
        String json = MINIMAL
                .replace("\"contact\": \"privacy@insurer.example\"",
                        "\"contact\": \"privacy@insurer.example\", \"kvk\": \"123\"")
                .replace("\"name\": \"Contact details\"", "\"name\": 7")
                .replace("\"class\": \"ordinary\"", "\"class\": \"ordinary\", \"origin\": \"post\"")
                .replace("\"subjectCategories\": [\"partners\"]}", "\"subjectCategories\": [\"partners\", \"staff\"]}");
        assertEquals(Set.of("$.controller", "$.dataCategories[0].name", "$.dataCategories[0].origin",
                "$.purposes[0].subjectCategories[1]"), problemsByPath(json).keySet());
    }

    @Test
    void aReferenceAfterAnUnreadableListElementIsReportedAtItsIndexInTheDocument() {
        String purpose = "{\"id\": \"admin\", \"name\": \"Administration\", \"lawfulBases\": [\"contract\"], "
                + "\"dataCategories\": [\"contact\", \"bank\"], \"subjectCategories\": [\"partners\"]}";
        String afterNull = MINIMAL.substring(0, MINIMAL.indexOf("\"purposes\"")) + "\"purposes\": [null, " + purpose + "]}";
        assertEquals(Map.of("$.purposes[0]", "expected an object, found null",
                        "$.purposes[1].dataCategories[1]",
                        "refers to data category 'bank', which the register does not declare"),
                problemsByPath(afterNull));

        Map<String, String> afterNumber = problemsByPath(MINIMAL.replace("\"dataCategories\": [\"contact\"]",
                "\"dataCategories\": [7, \"bank\"]"));
        assertEquals(Set.of("$.purposes[0].dataCategories[0]", "$.purposes[0].dataCategories[1]"),
                afterNumber.keySet(), afterNumber::toString);

        Map<String, String> repeated = problemsByPath(MINIMAL.replace("[{\"id\": \"partners\", \"name\": \"Partners\"}]",
                "[null, {\"id\": \"partners\", \"name\": \"Partners\"}, {\"id\": \"partners\", \"name\": \"Partners\"}]"));
        assertEquals("the id 'partners' is already used by subjectCategories[1]",
                repeated.get("$.subjectCategories[2].id"), repeated::toString);
    }

    @Test
    void aStandInForAMissingOrUnknownValueAddsNoProblemOfItsOwn() {
        Map<String, String> noClass = problemsByPath(MINIMAL.replace("\"class\": \"ordinary\"",
                "\"specialCategory\": \"health\""));
        assertEquals(Set.of("$.dataCategories[0].class"), noClass.keySet(), noClass::toString);
        Map<String, String> noId = problemsByPath(MINIMAL.replace("{\"id\": \"partners\", ", "{"));
        assertEquals(Set.of("$.subjectCategories[0].id", "$.purposes[0].subjectCategories[0]"), noId.keySet(),
                noId::toString);
        String rule = MINIMAL.replace("\"purposes\"", """
                "retentionRules": [{"id": "r", "description": "d", "duration": "P1Y", "action": "keep",
                                    "archivePurpose": "statistics"}],
                "purposes\"""");
        assertEquals(Set.of("$.retentionRules[0].action"), problemsByPath(rule).keySet());
    }

    // --- (b) values from the document are shown sanitised ---

    private static void assertPrintable(String text) {
        text.codePoints().forEach(c -> assertFalse(Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT,
                () -> "unprintable U+" + Integer.toHexString(c) + " in: " + text.replaceAll("\\p{Cntrl}", "^")));
    }

    @Test
    void anUnknownValueThatIsNoVocabularyWordIsNotShown() {
        // control characters, spaces, punctuation: it may be free text, so it is not echoed at all
        JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]",
                "[\"con\\u001b[31msent\\r\\n$.controller: fine\"]"));
        assertEquals("$.purposes[0].lawfulBases[0]", p.path());
        assertTrue(p.message().startsWith("a value that is not a word of this vocabulary (not shown); expected one of"),
                p.message());
        assertPrintable(p.message());
        assertFalse(p.message().contains("controller: fine"), p.message());
    }

    @Test
    void anUnknownValueTwoEditsFromAVocabularyWordIsNamed() {
        JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]", "[\"contracts\"]"));
        assertTrue(p.message().startsWith("unknown value 'contracts' (did you mean 'contract'?); expected one of"),
                p.message());
    }

    @Test
    void aLongUnknownValueIsNotShown() {
        JsonProblem p = onlyProblem(MINIMAL.replace("[\"contract\"]", "[\"" + "x".repeat(50_000) + "\"]"));
        assertTrue(p.message().startsWith("a value that is not a word of this vocabulary (not shown)"), p.message());
        assertTrue(p.message().length() < 200, () -> "message of " + p.message().length() + " characters");
    }

    @Test
    void anUnknownFieldNameWithControlCharactersIsNotShown() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"contact\": \"privacy@insurer.example\"",
                "\"contact\": \"privacy@insurer.example\", \"a\\u0007\\u202eb\": 1"));
        assertEquals("$.controller", p.path());
        assertTrue(p.message().startsWith("an unknown field (its name is not shown"), p.message());
        assertPrintable(p.message());
    }

    @Test
    void anIdInAStructuralProblemIsShownWithoutControlCharactersAndShortened() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"dataCategories\": [\"contact\"]",
                "\"dataCategories\": [\"contact\", \"b\\u001b[2J\\u202e" + "k".repeat(1000) + "\"]"));
        assertEquals("$.purposes[0].dataCategories[1]", p.path());
        assertTrue(p.message().startsWith("refers to data category 'b?[2J?kkk"), p.message());
        assertTrue(p.message().length() < 200, p.message());
        assertPrintable(p.message());
    }

    @Test
    void aDuplicateKeyWithControlCharactersIsNamedWithoutThem() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2,", "\"a\\u001b[31m\": 1, \"a\\u001b[31m\": 1, \"format\": 2,"));
        assertTrue(p.message().startsWith("duplicate key: 'a?[31m'"), p.message());
        assertPrintable(p.message());
    }

    // --- (c) free text is never echoed ---

    private static final String SECRET = "Jan Jansen 06-12345678";
    private static final Set<String> FREE_TEXT = Set.of("name", "description", "chamberOfCommerceNumber", "address",
            "contact", "dpoContact", "group", "representative", "essenceOfArrangement", "contactPoint", "destination",
            "measures", "triggerDescription", "legitimateInterest", "balancingTestReference",
            "impactAssessmentReference", "requiredBy", "givenVia", "withdrawnVia", "source", "rightsSource");

    /** Every free-text value gets the secret; every object gets an unknown field whose value is the secret. */
    private static void seedSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : Set.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (FREE_TEXT.contains(name) && value.isString()) {
                    object.put(name, SECRET + " " + value.asString());
                } else if (name.equals("sources")) {
                    ((ArrayNode) value).removeAll().add(SECRET);
                } else {
                    seedSecrets(value);
                }
            }
            object.put("note", SECRET);
        } else if (node instanceof ArrayNode array) {
            array.forEach(RegisterJsonTest::seedSecrets);
        }
    }

    @Test
    void freeTextIsNeverEchoedInAnyMessage() {
        ObjectNode doc = (ObjectNode) RegisterSchemaTest.tree(RegisterSchemaTest.FIXTURE);
        seedSecrets(doc);
        doc.put("statementVersion", SECRET);
        ((ObjectNode) doc.at("/controller")).put("memberState", SECRET).put("publicAuthority", true);
        ((ObjectNode) doc.at("/purposes/0")).put("profiling", SECRET).put("balancingTest", 12);
        ((ObjectNode) doc.at("/purposes/1")).put("directMarketing", SECRET);
        ((ObjectNode) doc.at("/retentionRules/0")).put("duration", SECRET);
        ((ObjectNode) doc.at("/responsePolicy")).put("basePeriod", SECRET);
        ((ObjectNode) doc.at("/subjectCategories/1")).put("name", 42);
        ((ArrayNode) doc.at("/purposes/1/dataCategories")).add("not-declared");
        RegisterReadError error = RegisterJson.parse("secret.json", JsonMappers.MAPPER.writeValueAsBytes(doc))
                .getLeft();
        assertTrue(error.problems().size() >= 25, error.problems()::toString);
        assertTrue(error.problems().exists(p -> p.message().contains("'not-declared'")),
                "ids are named, as references");
        for (JsonProblem p : error.problems()) {
            assertFalse(p.toString().contains("Jansen") || p.toString().contains("12345678"), p::toString);
        }
        assertTrue(Stream.of("$.statementVersion", "$.controller.memberState", "$.purposes[0].profiling",
                        "$.retentionRules[0].duration", "$.responsePolicy.basePeriod")
                .allMatch(at -> error.problems().exists(p -> p.path().equals(at))), error.problems()::toString);
    }

    // --- (d) version 1 still reads, with its meaning ---

    static final String VERSION_1 = """
            {"format": 1, "statementVersion": "2024-01-01",
             "controller": {"name": "Insurer", "contact": "privacy@insurer.example", "source": "§1"},
             "subjectCategories": [{"id": "insured", "name": "Insured"}],
             "dataCategories": [{"id": "contact", "name": "Contact", "class": "ordinary"},
                                {"id": "health", "name": "Health", "class": "special", "specialCategory": "health"}],
             "recipients": [{"id": "silent", "name": "Silent", "kind": "processor"},
                            {"id": "signed", "name": "Signed", "kind": "processor", "processorAgreement": true},
                            {"id": "unsigned", "name": "Unsigned", "kind": "processor", "processorAgreement": false}],
             "transfers": [{"id": "t", "destination": "outside the EEA", "safeguard": "derogation"}],
             "retentionRules": [{"id": "r", "description": "d", "trigger": "relationship-ended", "duration": "P7Y",
                                 "action": "erase"}],
             "purposes": [
               {"id": "fraud", "name": "Fraud", "description": "Fraud is prevented to protect the insured",
                "lawfulBases": ["legitimate-interests"],
                "dataCategories": ["contact"], "subjectCategories": ["insured"],
                "recipients": ["silent", "signed", "unsigned"], "retentionRules": ["r"],
                "balancingTest": "Belangenafweging fraude 2024"},
               {"id": "analytics", "name": "Analytics", "lawfulBases": ["legitimate-interests"],
                "dataCategories": ["contact"], "subjectCategories": ["insured"]},
               {"id": "claims", "name": "Claims", "lawfulBases": ["contract"],
                "dataCategories": ["contact", "health"], "subjectCategories": ["insured"],
                "specialCategoryCondition": "explicit-consent",
                "consent": {"explicit": true, "withdrawableAsEasilyAsGiven": true, "givenVia": "form"},
                "automatedDecision": {"legalOrSimilarEffect": true, "ground": "contract"}},
               {"id": "newsletter", "name": "Newsletter", "lawfulBases": ["consent"],
                "dataCategories": ["contact"], "subjectCategories": ["insured"], "consent": {}}
             ],
             "rightsOffered": ["access", "objection", "human-intervention"]}
            """;

    private static Purpose purpose(Register r, String id) {
        return r.purpose(id).get();
    }

    @Test
    void aVersion1DocumentStillReads() {
        Register r = parse(VERSION_1).getOrElseThrow(e -> new AssertionError(e.problems().toString()));
        assertEquals(4, r.purposes().size());
    }

    @Test
    void version1ProcessorAgreementAbsentReadsNoAndTrueReadsYes() {
        Register r = parse(VERSION_1).get();
        assertEquals(Fact.NO, r.recipient("silent").get().processorAgreement());
        assertEquals(Fact.YES, r.recipient("signed").get().processorAgreement());
        assertEquals(Fact.NO, r.recipient("unsigned").get().processorAgreement());
    }

    @Test
    void aVersion1ControllerIsDutchAndStatesNothingVersion1CouldNotSay() {
        Controller c = parse(VERSION_1).get().controller();
        assertEquals(Option.some("NL"), c.memberState());
        assertEquals(Fact.NOT_STATED, c.publicAuthority());
        assertEquals(Fact.NOT_STATED, c.largeScale());
        assertEquals(Option.none(), c.dpoGrounds());
        assertEquals(Option.none(), c.representative());
        assertEquals(Option.some("§1"), c.source());
        assertTrue(parse(VERSION_1).get().jointControllers().isEmpty());
    }

    @Test
    void aVersion1BalancingTestStringIsAYesWithThatReference() {
        Register r = parse(VERSION_1).get();
        assertEquals(new Assessment(Fact.YES, Option.some("Belangenafweging fraude 2024")),
                purpose(r, "fraud").basis().balancingTest());
        assertEquals(Assessment.notStated(), purpose(r, "analytics").basis().balancingTest());
        assertEquals(Assessment.notStated(), purpose(r, "fraud").impactAssessment());
    }

    @Test
    void aVersion1LegitimateInterestsPurposeReadsItsDescriptionAsTheInterestPursued() {
        Register r = parse(VERSION_1).get();
        assertEquals(Option.some("Fraud is prevented to protect the insured"),
                purpose(r, "fraud").basis().legitimateInterest());
        assertEquals(Option.none(), purpose(r, "analytics").basis().legitimateInterest(), "no description, none");
        assertEquals(Option.none(), purpose(r, "claims").basis().legitimateInterest(), "not on 6(1)(f)");
    }

    @Test
    void aVersion1AutomatedDecisionOffersHumanInterventionExactlyWhenTheRightsListDoes() {
        AutomatedDecision offered = purpose(parse(VERSION_1).get(), "claims").automation().decision().get();
        assertEquals(Fact.YES, offered.humanIntervention());
        assertEquals(Fact.NOT_STATED, offered.logicExplained());
        assertTrue(offered.legalOrSimilarEffect());
        AutomatedDecision notOffered = purpose(parse(VERSION_1.replace(", \"human-intervention\"", "")).get(), "claims")
                .automation().decision().get();
        assertEquals(Fact.NO, notOffered.humanIntervention());
    }

    @Test
    void aVersion1ConditionIsAListOfOneAndItsConsentKindIsInferred() {
        Register r = parse(VERSION_1).get();
        Purpose claims = purpose(r, "claims");
        assertEquals(io.vavr.collection.List.of(SpecialCategoryCondition.EXPLICIT_CONSENT),
                claims.sensitive().specialConditions());
        assertEquals(new ConsentTerms(ConsentKind.EXPLICIT_CONDITION, Fact.YES, Fact.YES, ConsentMechanism.NOT_STATED,
                Fact.NOT_STATED, Option.none(), Option.some("form"), Option.none(), Option.none()),
                claims.consent().get());
        assertEquals(new ConsentTerms(ConsentKind.BASIS, Fact.NO, Fact.NO, ConsentMechanism.NOT_STATED,
                Fact.NOT_STATED, Option.none(), Option.none(), Option.none(), Option.none()),
                purpose(r, "newsletter").consent().get());
        assertEquals(DataOrigin.SUBJECT, r.dataCategory("health").get().origin());
        assertTrue(r.dataCategory("health").get().sources().isEmpty());
    }

    @Test
    void aVersion1RegisterIsWrittenAsVersion2AndReadsBackEqual() {
        Register r = parse(VERSION_1).get();
        String written = RegisterJson.write(r);
        assertEquals(2, JsonMappers.MAPPER.readTree(written).get("format").intValue());
        assertEquals(r, parse(written).get());
    }

    @Test
    void aVersion1DocumentCannotUseTheFieldsOfVersion2() {
        Map<String, String> problems = problemsByPath(VERSION_1
                .replace("\"source\": \"§1\"", "\"source\": \"§1\", \"memberState\": \"BE\"")
                .replace("\"specialCategoryCondition\": \"explicit-consent\"",
                        "\"specialCategoryConditions\": [\"explicit-consent\"]"));
        assertEquals(Set.of("$.controller", "$.purposes[2]"), problems.keySet(), problems::toString);
        assertTrue(problems.get("$.controller").startsWith("unknown field 'memberState'"), problems::toString);
        assertTrue(problems.get("$.purposes[2]").startsWith("unknown field 'specialCategoryConditions'"),
                problems::toString);
    }

    @Test
    void aVersion2DocumentCannotUseTheFieldsVersion2Replaced() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"lawfulBases\"",
                "\"specialCategoryCondition\": \"explicit-consent\", \"lawfulBases\""));
        assertEquals("$.purposes[0]", p.path());
        assertTrue(p.message().startsWith("unknown field 'specialCategoryCondition'"), p.message());
    }

    // --- (e) unknown versions are refused ---

    @ParameterizedTest(name = "format {0}")
    @ValueSource(ints = {0, 3, -1, 20})
    void anUnknownFormatVersionIsRefusedNamingItAndTheVersionsKnown(int version) {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2", "\"format\": " + version));
        assertEquals("$.format", p.path());
        assertEquals("unsupported format version " + version + "; this reader knows versions 1 and 2", p.message());
    }

    @Test
    void aMissingFormatVersionIsReported() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"format\": 2,", ""));
        assertEquals("$.format", p.path());
        assertTrue(p.message().startsWith("missing required field"), p.message());
    }

    // --- (f) round trip ---

    @Test
    void aVersion2DocumentThatUsesEveryFieldRoundTripsToAnEqualRegister() {
        Register read = RegisterJson.read(RegisterSchemaTest.FIXTURE)
                .getOrElseThrow(e -> new AssertionError(e.problems().toString()));
        String written = RegisterJson.write(read);
        JsonNode tree = JsonMappers.MAPPER.readTree(written);
        assertTrue(tree.get("format").isIntegralNumber());
        assertEquals(2, tree.get("format").intValue());
        Register again = parse(written).getOrElseThrow(e -> new AssertionError(e.problems().toString()));
        assertEquals(read, again);
        assertEquals(written, RegisterJson.write(again), "writing is stable");
    }

    @Test
    void theFixtureIsReadWithEveryValueItStates() {
        Register r = RegisterJson.read(RegisterSchemaTest.FIXTURE).get();
        assertEquals(Option.some("NL"), r.controller().memberState());
        assertEquals(Fact.NO, r.controller().publicAuthority());
        assertEquals(2, r.controller().dpoGrounds().get().size());
        assertEquals(1, r.jointControllers().size());
        assertEquals(io.vavr.collection.List.of("zorgaanbieders", "Vektis"), r.dataCategory("health").get().sources());
        assertEquals(DataOrigin.SUBJECT_AND_OTHER_SOURCES, r.dataCategory("health").get().origin());
        assertEquals(Fact.NOT_STATED, r.recipient("it-supplier").get().processorAgreement());
        assertEquals(ConsentKind.OTHER_LAW, purpose(r, "claims").consent().get().kind());
        assertEquals(Option.some("preventing fraud against the insured collective"),
                purpose(r, "fraud").basis().legitimateInterest());
        assertEquals(new Assessment(Fact.YES, Option.some("DPIA declaratieverwerking 2025")),
                purpose(r, "claims").impactAssessment());
        assertEquals(Fact.YES, purpose(r, "claims").automation().decision().get().humanIntervention());
    }

    static Stream<Path> bundledRegisters() throws IOException {
        return RegisterSchemaTest.bundledRegisters();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledRegisters")
    void everyBundledRegisterReadsAndRoundTrips(Path file) {
        Register r = RegisterJson.read(file).getOrElseThrow(e -> new AssertionError(
                RegisterJson.describe(e).mkString("\n")));
        assertEquals(r, parse(RegisterJson.write(r)).get());
    }

    // --- (g) three-valued facts ---

    private static Seq<JsonProblem> problemsOf(String json) {
        return parse(json).swap().map(RegisterReadError::problems).getOrElse(io.vavr.collection.List.empty());
    }

    private static String withRecipient(String processorAgreement) {
        return MINIMAL.replace("\"purposes\"", "\"recipients\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"processor\""
                + processorAgreement + "}], \"purposes\"");
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource({"yes, YES", "no, NO", "not-stated, NOT_STATED"})
    void aFactReadsEachOfItsThreeSpellings(String spelling, Fact fact) {
        Register r = parse(withRecipient(", \"processorAgreement\": \"" + spelling + "\"")).get();
        assertEquals(fact, r.recipient("p").get().processorAgreement());
        Register c = parse(MINIMAL.replace("\"contact\": \"privacy@insurer.example\"",
                "\"contact\": \"privacy@insurer.example\", \"largeScale\": \"" + spelling + "\"")).get();
        assertEquals(fact, c.controller().largeScale());
    }

    @Test
    void anAbsentOrNullFactReadsNotStated() {
        assertEquals(Fact.NOT_STATED, parse(withRecipient("")).get().recipient("p").get().processorAgreement());
        assertEquals(Fact.NOT_STATED, parse(withRecipient(", \"processorAgreement\": null")).get().recipient("p").get()
                .processorAgreement());
        Register r = parse(MINIMAL).get();
        assertEquals(Fact.NOT_STATED, r.controller().publicAuthority());
        assertEquals(Assessment.notStated(), purpose(r, "admin").basis().balancingTest());
        assertEquals(Assessment.notStated(), purpose(r, "admin").impactAssessment());
    }

    @Test
    void aBooleanWhereAFactIsExpectedIsATypeProblem() {
        JsonProblem p = onlyProblem(withRecipient(", \"processorAgreement\": true"));
        assertEquals("$.recipients[0].processorAgreement", p.path());
        assertEquals("expected one of yes, no, not-stated here, found true or false", p.message());
        Seq<JsonProblem> consent = problemsOf(MINIMAL.replace("\"lawfulBases\"",
                "\"consent\": {\"kind\": \"basis\", \"explicit\": false, \"withdrawableAsEasilyAsGiven\": true}, "
                        + "\"lawfulBases\""));
        assertEquals(io.vavr.collection.List.of("$.purposes[0].consent.explicit",
                "$.purposes[0].consent.withdrawableAsEasilyAsGiven"), consent.map(JsonProblem::path));
    }

    @Test
    void aMisspelledFactIsAnUnknownValueNamingTheThreeValues() {
        JsonProblem p = onlyProblem(withRecipient(", \"processorAgreement\": \"unknown\""));
        assertEquals("$.recipients[0].processorAgreement", p.path());
        assertEquals("a value that is not a word of this vocabulary (not shown); expected one of yes, no,"
                + " not-stated", p.message());
    }

    @Test
    void aConsentWithoutItsKindIsReported() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"lawfulBases\"", "\"consent\": {}, \"lawfulBases\""));
        assertEquals("$.purposes[0].consent.kind", p.path());
        assertEquals("missing required field; expected one of basis, explicit-condition, other-law", p.message());
    }

    @Test
    void aMemberStateThatIsNoCodeIsReportedAtItsPath() {
        JsonProblem p = onlyProblem(MINIMAL.replace("\"contact\": \"privacy@insurer.example\"",
                "\"contact\": \"privacy@insurer.example\", \"memberState\": \"Nederland\""));
        assertEquals("$.controller.memberState", p.path());
        assertFalse(p.message().contains("Nederland"), p.message());
    }

    @Test
    void theWriterWritesEveryFactSoThatAStatedNoIsNeverReadAsSilence() {
        JsonNode written = JsonMappers.MAPPER.readTree(RegisterJson.write(parse(withRecipient(
                ", \"processorAgreement\": \"no\"")).get()));
        assertEquals("no", written.at("/recipients/0/processorAgreement").asString());
        assertEquals("not-stated", written.at("/controller/publicAuthority").asString());
        assertEquals("not-stated", written.at("/purposes/0/balancingTest").asString());
    }
}

package io.github.grondslag.adapters.json.register;

import io.github.grondslag.adapters.json.JsonMappers;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.ArchivePurpose;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentMechanism;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JSON Schema in docs/schema describes what the reader reads, format version 2: the same fields
 * in every object, the same spellings of every closed vocabulary, and the bundled registers and
 * the test fixture conform to it.
 *
 * <p>No JSON Schema validator is on the test classpath, so conformance is judged by
 * {@link SchemaSubsetCheck}, which understands exactly the keywords the schema uses (and this test
 * fails when the schema uses another): fields, types, required fields, enum and const values,
 * patterns, list sizes and uniqueness, oneOf/allOf/if-then-else and local references.
 */
class RegisterSchemaTest {

    static final Path SCHEMA_FILE = Path.of("..", "docs", "schema", "register.schema.json");
    static final Path REGISTERS = Path.of("..", "docs", "registers");
    static final Path FIXTURE = Path.of("src", "test", "resources", "registers", "every-field-v2.json");

    private static final JsonNode SCHEMA = tree(SCHEMA_FILE);
    private static final SchemaSubsetCheck CHECK = new SchemaSubsetCheck(SCHEMA);

    static JsonNode tree(Path file) {
        try {
            return JsonMappers.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- navigating the schema: "purposes[].consent.kind" is the kind of a purpose's consent ---

    /** The schema itself of a node: a reference followed, the non-null branch of a nullable oneOf. */
    private static JsonNode deref(JsonNode node) {
        if (node.has("$ref")) {
            return deref(SCHEMA.get("$defs").get(node.get("$ref").asString().substring("#/$defs/".length())));
        }
        if (node.has("oneOf")) {
            for (JsonNode branch : node.get("oneOf")) {
                if (!branch.path("type").isString() || !"null".equals(branch.get("type").asString())) {
                    return deref(branch);
                }
            }
        }
        return node;
    }

    /** The schema at a field path such as {@code purposes[].consent.kind} ("" is the document). */
    private static JsonNode at(String path) {
        JsonNode node = SCHEMA;
        if (path.isEmpty()) {
            return node;
        }
        for (String step : path.split("\\.")) {
            boolean list = step.endsWith("[]");
            String name = list ? step.substring(0, step.length() - 2) : step;
            node = deref(deref(node).get("properties").get(name));
            if (list) {
                node = deref(node.get("items"));
            }
        }
        return node;
    }

    private static Set<String> fields(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        deref(objectSchema).get("properties").properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    private static List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        deref(node).get("enum").forEach(v -> out.add(v.asString()));
        return out;
    }

    private static List<String> spellings(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonFields::spelling).toList();
    }

    /**
     * Every field path of the schema, descending into objects and lists of objects:
     * {@code controller.name}, {@code purposes[].consent.kind}, ...
     */
    private static Set<String> schemaFieldPaths(JsonNode objectSchema, String prefix, Set<String> out) {
        for (Map.Entry<String, JsonNode> field : deref(objectSchema).get("properties").properties()) {
            String path = prefix + field.getKey();
            JsonNode value = deref(field.getValue());
            out.add(path);
            if (value.has("properties")) {
                schemaFieldPaths(value, path + ".", out);
            } else if (value.has("items") && deref(value.get("items")).has("properties")) {
                schemaFieldPaths(value.get("items"), path + "[].", out);
            }
        }
        return out;
    }

    /** Every field path that a document uses, in the notation of {@link #schemaFieldPaths}. */
    private static Set<String> documentFieldPaths(JsonNode object, String prefix, Set<String> out) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String path = prefix + field.getKey();
            out.add(path);
            if (field.getValue().isObject()) {
                documentFieldPaths(field.getValue(), path + ".", out);
            } else if (field.getValue().isArray()) {
                for (JsonNode item : field.getValue()) {
                    if (item.isObject()) {
                        documentFieldPaths(item, path + "[].", out);
                    }
                }
            }
        }
        return out;
    }

    /** Every field path of the schema whose values are a closed vocabulary (an enum, or a list of one). */
    private static Set<String> enumFieldPaths() {
        Set<String> out = new TreeSet<>();
        for (String path : schemaFieldPaths(SCHEMA, "", new TreeSet<>())) {
            JsonNode node = at(path);
            if (node.has("enum") || node.has("items") && deref(node.get("items")).has("enum")) {
                out.add(path);
            }
        }
        return out;
    }

    // --- the vocabularies ---

    /** Each field of the format that takes a closed vocabulary, and the Java enum it is read into. */
    private static final Map<String, Class<? extends Enum<?>>> VOCABULARIES = vocabularies();

    private static Map<String, Class<? extends Enum<?>>> vocabularies() {
        Map<String, Class<? extends Enum<?>>> v = new LinkedHashMap<>();
        v.put("controller.publicAuthority", Fact.class);
        v.put("controller.largeScale", Fact.class);
        v.put("controller.dpoGrounds", DpoGround.class);
        v.put("dataCategories[].class", DataClass.class);
        v.put("dataCategories[].specialCategory", SpecialCategory.class);
        v.put("dataCategories[].origin", DataOrigin.class);
        v.put("recipients[].kind", RecipientKind.class);
        v.put("recipients[].processorAgreement", Fact.class);
        v.put("transfers[].safeguard", TransferSafeguard.class);
        v.put("transfers[].safeguardAlternatives", TransferSafeguard.class);
        v.put("retentionRules[].trigger", RetentionTrigger.class);
        v.put("retentionRules[].action", RetentionAction.class);
        v.put("retentionRules[].archivePurpose", ArchivePurpose.class);
        v.put("purposes[].lawfulBases", LawfulBasis.class);
        v.put("purposes[].specialCategoryConditions", SpecialCategoryCondition.class);
        v.put("purposes[].criminalDataAuthorisation", CriminalDataAuthorisation.class);
        v.put("purposes[].balancingTest", Fact.class);
        v.put("purposes[].impactAssessment", Fact.class);
        v.put("purposes[].tracking", TrackingTechnique.class);
        v.put("purposes[].consent.kind", ConsentKind.class);
        v.put("purposes[].consent.explicit", Fact.class);
        v.put("purposes[].consent.withdrawableAsEasilyAsGiven", Fact.class);
        v.put("purposes[].consent.obtainedBy", ConsentMechanism.class);
        v.put("purposes[].consent.conditionOfService", Fact.class);
        v.put("purposes[].automatedDecision.ground", AutomatedDecisionGround.class);
        v.put("purposes[].automatedDecision.humanIntervention", Fact.class);
        v.put("purposes[].automatedDecision.logicExplained", Fact.class);
        v.put("rightsOffered", DataSubjectRight.class);
        return v;
    }

    @Test
    void everyClosedVocabularyOfTheSchemaListsTheJavaEnumsSpellingsInOrder() {
        VOCABULARIES.forEach((path, type) -> {
            JsonNode node = at(path);
            JsonNode values = node.has("items") ? node.get("items") : node;
            assertEquals(spellings(type), values(values), path + " against " + type.getSimpleName());
        });
    }

    @Test
    void noFieldOfTheSchemaTakesAVocabularyThatTheEnumTestDoesNotCheck() {
        assertEquals(new TreeSet<>(VOCABULARIES.keySet()), enumFieldPaths());
    }

    @Test
    void factsAreTheThreeValuesYesNoAndNotStated() {
        assertEquals(List.of("yes", "no", "not-stated"), spellings(Fact.class));
        assertEquals(List.of("yes", "no", "not-stated"), values(SCHEMA.get("$defs").get("fact")));
    }

    // --- the fields ---

    /**
     * The fields the reader knows in one object, as it says itself: an unknown field put into that
     * object of the fixture is reported with the list of the fields expected there.
     */
    private static Set<String> fieldsTheReaderKnows(String jsonPointer, String jsonPath) {
        ObjectNode doc = (ObjectNode) tree(FIXTURE);
        ((ObjectNode) doc.at(jsonPointer)).put("zzNotAField", 0);
        RegisterReadError error = RegisterJson.parse("fixture", JsonMappers.MAPPER.writeValueAsBytes(doc)).getLeft();
        String message = error.problems().find(p -> p.path().equals(jsonPath)
                && p.message().startsWith("unknown field 'zzNotAField'")).get().message();
        String expected = message.substring(message.indexOf("expected one of ") + "expected one of ".length());
        return new TreeSet<>(Arrays.asList(expected.split(", ")));
    }

    @Test
    void everyObjectOfTheSchemaHasExactlyTheFieldsTheReaderReads() {
        Map<String, String[]> objects = new LinkedHashMap<>();
        objects.put("", new String[] {"", "$"});
        objects.put("controller", new String[] {"/controller", "$.controller"});
        objects.put("jointControllers[]", new String[] {"/jointControllers/0", "$.jointControllers[0]"});
        objects.put("subjectCategories[]", new String[] {"/subjectCategories/0", "$.subjectCategories[0]"});
        objects.put("dataCategories[]", new String[] {"/dataCategories/0", "$.dataCategories[0]"});
        objects.put("recipients[]", new String[] {"/recipients/0", "$.recipients[0]"});
        objects.put("transfers[]", new String[] {"/transfers/0", "$.transfers[0]"});
        objects.put("retentionRules[]", new String[] {"/retentionRules/0", "$.retentionRules[0]"});
        objects.put("purposes[]", new String[] {"/purposes/0", "$.purposes[0]"});
        objects.put("purposes[].consent", new String[] {"/purposes/0/consent", "$.purposes[0].consent"});
        objects.put("purposes[].automatedDecision",
                new String[] {"/purposes/0/automatedDecision", "$.purposes[0].automatedDecision"});
        objects.put("responsePolicy", new String[] {"/responsePolicy", "$.responsePolicy"});
        objects.forEach((schemaPath, where) ->
                assertEquals(fieldsTheReaderKnows(where[0], where[1]), fields(at(schemaPath)),
                        "fields of " + (schemaPath.isEmpty() ? "the document" : schemaPath)));
        Set<String> objectPaths = new TreeSet<>(Set.of(""));
        for (String path : schemaFieldPaths(SCHEMA, "", new TreeSet<>())) {
            JsonNode node = at(path);
            if (node.has("properties")) {
                objectPaths.add(path);
            } else if (node.has("items") && deref(node.get("items")).has("properties")) {
                objectPaths.add(path + "[]");
            }
        }
        assertEquals(new TreeSet<>(objects.keySet()), objectPaths, "every object of the schema is compared");
    }

    @Test
    void theFormatVersionIsTwoAndTheControllerIsRequired() {
        assertEquals(2, SCHEMA.get("properties").get("format").get("const").asInt());
        assertEquals(RegisterReader.CURRENT, SCHEMA.get("properties").get("format").get("const").asInt());
        List<String> required = new ArrayList<>();
        SCHEMA.get("required").forEach(r -> required.add(r.asString()));
        assertEquals(List.of("format", "controller"), required);
    }

    // --- conformance ---

    @Test
    void theSubsetCheckUnderstandsEveryKeywordTheSchemaUses() {
        Set<String> unknown = new TreeSet<>(SchemaSubsetCheck.keywordsUsed(SCHEMA));
        unknown.removeAll(SchemaSubsetCheck.KEYWORDS);
        assertEquals(Set.of(), unknown, "keywords the subset check would ignore");
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").asString());
    }

    private static void departs(String what, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode doc = (ObjectNode) tree(FIXTURE);
        change.accept(doc);
        assertFalse(CHECK.problems(doc).isEmpty(), "the subset check does not see: " + what);
    }

    private static ObjectNode object(ObjectNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    @Test
    void theSubsetCheckFindsEachKindOfDeparture() {
        departs("an unknown field", d -> object(d, "/controller").put("kvk", "x"));
        departs("another format", d -> d.put("format", 1));
        departs("a missing required field", d -> object(d, "/controller").remove("name"));
        departs("a boolean for a fact", d -> object(d, "/recipients/0").put("processorAgreement", true));
        departs("an unknown enum value", d -> object(d, "/dataCategories/1").put("origin", "elsewhere"));
        departs("a pattern not matched", d -> object(d, "/controller").put("memberState", "nl"));
        departs("a malformed period", d -> object(d, "/retentionRules/0").put("duration", "7 years"));
        departs("a consent without kind", d -> object(d, "/purposes/0/consent").remove("kind"));
        departs("a wrong type in oneOf", d -> object(d, "/purposes/0").put("consent", "yes"));
        departs("own-event without its description",
                d -> object(d, "/retentionRules/1").putNull("triggerDescription"));
        departs("an archive purpose without archiving",
                d -> object(d, "/retentionRules/0").put("archivePurpose", "statistics"));
        departs("a special class without its category", d -> object(d, "/dataCategories/1").remove("specialCategory"));
        departs("a special category on an ordinary class",
                d -> object(d, "/dataCategories/0").put("specialCategory", "health"));
        departs("an empty list that needs an item",
                d -> object(d, "/purposes/0").putArray("subjectCategories"));
        departs("an id named twice", d -> object(d, "/purposes/0").putArray("dataCategories").add("contact").add("contact"));
        departs("a number in a list of strings", d -> object(d, "/dataCategories/1").putArray("sources").add(7));
        departs("a blank id", d -> object(d, "/purposes/0").put("id", " "));
        assertEquals(List.of(), CHECK.problems(tree(FIXTURE)));
    }

    @Test
    void theFixtureUsesEveryFieldOfTheSchema() {
        assertEquals(schemaFieldPaths(SCHEMA, "", new TreeSet<>()), documentFieldPaths(tree(FIXTURE), "",
                new TreeSet<>()));
    }

    @Test
    void theFixtureConformsToTheSchemaAndIsAValidRegister() {
        assertEquals(List.of(), CHECK.problems(tree(FIXTURE)));
        assertTrue(RegisterJson.read(FIXTURE).isRight(), () -> RegisterJson.read(FIXTURE).getLeft().toString());
    }

    static Stream<Path> bundledRegisters() throws IOException {
        try (Stream<Path> files = Files.list(REGISTERS)) {
            List<Path> registers = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertFalse(registers.isEmpty(), "no bundled registers found in " + REGISTERS.toAbsolutePath());
            return registers.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledRegisters")
    void everyBundledVersion2RegisterPassesTheSubsetCheckOfTheSchema(Path file) {
        JsonNode doc = tree(file);
        assumeTrue(doc.path("format").asInt(0) == 2,
                () -> file.getFileName() + " is format " + doc.path("format") + ", not 2: the schema describes version 2");
        assertEquals(List.of(), CHECK.problems(doc), file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledRegisters")
    void whatTheWriterWritesForEveryBundledRegisterPassesTheSubsetCheck(Path file) {
        Register register = RegisterJson.read(file).getOrElseThrow(e -> new AssertionError(
                RegisterJson.describe(e).mkString("\n")));
        assertEquals(List.of(), CHECK.problems(JsonMappers.MAPPER.readTree(RegisterJson.write(register))));
    }

    @Test
    void whatTheWriterWritesForTheFixturePassesTheSubsetCheck() {
        Register register = RegisterJson.read(FIXTURE).get();
        assertEquals(List.of(), CHECK.problems(JsonMappers.MAPPER.readTree(RegisterJson.write(register))));
    }

}

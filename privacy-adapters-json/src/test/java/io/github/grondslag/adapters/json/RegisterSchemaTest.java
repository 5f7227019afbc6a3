package io.github.grondslag.adapters.json;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionTrigger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON Schema in docs/schema says what the reader reads: same fields, same enum values. */
class RegisterSchemaTest {

    private static final JsonNode SCHEMA = load();

    private static JsonNode load() {
        try {
            return JsonMappers.MAPPER.readTree(Files.readString(Path.of("..", "docs", "schema", "register.schema.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.get("properties").propertyNames().forEach(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().equals("dataClass") ? "class" : c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode items(String list) {
        return SCHEMA.get("properties").get(list).get("items");
    }

    private static JsonNode nullable(JsonNode node) {
        return node.has("oneOf") ? node.get("oneOf").get(0) : node;
    }

    private static List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        nullable(node).get("enum").forEach(v -> out.add(v.asString()));
        return out;
    }

    private static List<String> spellings(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(RegisterMapping::spelling).toList();
    }

    @Test
    void everyObjectOfTheSchemaHasExactlyTheFieldsTheReaderKnows() {
        assertEquals(components(RegisterDocument.class), fields(SCHEMA));
        assertEquals(components(RegisterDocument.ControllerDoc.class), fields(SCHEMA.get("properties").get("controller")));
        assertEquals(components(RegisterDocument.SubjectCategoryDoc.class), fields(items("subjectCategories")));
        assertEquals(components(RegisterDocument.DataCategoryDoc.class), fields(items("dataCategories")));
        assertEquals(components(RegisterDocument.RecipientDoc.class), fields(items("recipients")));
        assertEquals(components(RegisterDocument.TransferDoc.class), fields(items("transfers")));
        assertEquals(components(RegisterDocument.RetentionRuleDoc.class), fields(items("retentionRules")));
        assertEquals(components(RegisterDocument.PurposeDoc.class), fields(items("purposes")));
        assertEquals(components(RegisterDocument.ConsentDoc.class),
                fields(nullable(items("purposes").get("properties").get("consent"))));
        assertEquals(components(RegisterDocument.AutomatedDecisionDoc.class),
                fields(nullable(items("purposes").get("properties").get("automatedDecision"))));
        assertEquals(components(RegisterDocument.ResponsePolicyDoc.class),
                fields(nullable(SCHEMA.get("properties").get("responsePolicy"))));
    }

    @Test
    void everyEnumOfTheSchemaListsTheDomainsValuesInOrder() {
        JsonNode purpose = items("purposes").get("properties");
        assertEquals(spellings(LawfulBasis.class), values(purpose.get("lawfulBases").get("items")));
        assertEquals(spellings(SpecialCategoryCondition.class), values(purpose.get("specialCategoryCondition")));
        assertEquals(spellings(CriminalDataAuthorisation.class), values(purpose.get("criminalDataAuthorisation")));
        assertEquals(spellings(TrackingTechnique.class), values(purpose.get("tracking").get("items")));
        assertEquals(spellings(AutomatedDecisionGround.class),
                values(nullable(purpose.get("automatedDecision")).get("properties").get("ground")));
        assertEquals(spellings(DataClass.class), values(items("dataCategories").get("properties").get("class")));
        assertEquals(spellings(SpecialCategory.class),
                values(items("dataCategories").get("properties").get("specialCategory")));
        assertEquals(spellings(RecipientKind.class), values(items("recipients").get("properties").get("kind")));
        assertEquals(spellings(TransferSafeguard.class), values(items("transfers").get("properties").get("safeguard")));
        assertEquals(spellings(RetentionTrigger.class),
                values(items("retentionRules").get("properties").get("trigger")));
        assertEquals(spellings(RetentionAction.class), values(items("retentionRules").get("properties").get("action")));
        assertEquals(spellings(DataSubjectRight.class), values(items("rightsOffered")));
    }
}

package io.github.grondslag.adapters.json.register;


import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against docs/schema/register.schema.json with the few JSON Schema
 * (draft 2020-12) keywords that schema uses, and nothing more. It is <em>not</em> a JSON Schema
 * validator: no JSON Schema validator is on this module's test classpath, and the module takes on
 * no dependency for one. {@link #KEYWORDS} lists what it understands;
 * {@code RegisterSchemaTest} fails when the schema starts to use any other keyword, so that this
 * check can never pass a document by ignoring part of the schema.
 *
 * <p>Semantics followed: {@code type} (with {@code "integer"} for whole numbers), {@code enum},
 * {@code const}, {@code pattern} (searched, not anchored, as in JSON Schema), {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code minItems},
 * {@code uniqueItems}, {@code oneOf} (exactly one branch passes), {@code allOf},
 * {@code if}/{@code then}/{@code else} and local {@code $ref} to {@code #/$defs/...}.
 * {@code format} is an annotation in draft 2020-12 and is not asserted.
 */
final class SchemaSubsetCheck {

    /** The keywords this check understands, and the annotations it may ignore. */
    static final Set<String> KEYWORDS = Set.of(
            "$schema", "$id", "$defs", "$ref", "title", "description", "$comment", "format",
            "type", "enum", "const", "pattern", "required", "properties", "additionalProperties",
            "items", "minItems", "uniqueItems", "oneOf", "allOf", "if", "then", "else");

    private final JsonNode root;

    SchemaSubsetCheck(JsonNode root) {
        this.root = root;
    }

    /** Every way the document departs from the schema, each as "path: what". Empty when it conforms. */
    List<String> problems(JsonNode document) {
        List<String> out = new ArrayList<>();
        check(root, document, "$", out);
        return out;
    }

    /** The schema keywords that appear anywhere in the schema (not counting property names and values). */
    static Set<String> keywordsUsed(JsonNode schema) {
        Set<String> out = new HashSet<>();
        collect(schema, out);
        return out;
    }

    private static void collect(JsonNode schema, Set<String> out) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            out.add(e.getKey());
            switch (e.getKey()) {
                case "properties", "$defs" -> e.getValue().properties().forEach(p -> collect(p.getValue(), out));
                case "items", "if", "then", "else", "additionalProperties" -> collect(e.getValue(), out);
                case "oneOf", "allOf" -> e.getValue().forEach(b -> collect(b, out));
                default -> {
                    // values of enum, const, type, required, pattern, ...: not schemas
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/$defs/")) {
            throw new IllegalArgumentException("only local #/$defs references are understood: " + ref);
        }
        JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
        if (target == null) {
            throw new IllegalArgumentException("no such definition: " + ref);
        }
        return target;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asString()), value, at, out);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(at + ": expected " + schema.get("type") + ", found " + typeOf(value));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(at + ": expected " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            out.add(at + ": not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isString()
                && !Pattern.compile(schema.get("pattern").asString()).matcher(value.asString()).find()) {
            out.add(at + ": does not match " + schema.get("pattern").asString());
        }
        if (value.isObject()) {
            object(schema, value, at, out);
        }
        if (value.isArray()) {
            array(schema, value, at, out);
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(branch -> check(branch, value, at, out));
        }
        if (schema.has("oneOf")) {
            int passing = 0;
            List<String> failures = new ArrayList<>();
            for (JsonNode branch : schema.get("oneOf")) {
                List<String> branchProblems = new ArrayList<>();
                check(branch, value, at, branchProblems);
                if (branchProblems.isEmpty()) {
                    passing++;
                } else {
                    failures.addAll(branchProblems);
                }
            }
            if (passing != 1) {
                out.add(at + ": passes " + passing + " branches of oneOf, not exactly one " + failures);
            }
        }
        if (schema.has("if")) {
            List<String> condition = new ArrayList<>();
            check(schema.get("if"), value, at, condition);
            JsonNode branch = condition.isEmpty() ? schema.get("then") : schema.get("else");
            if (branch != null) {
                check(branch, value, at, out);
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asString())) {
                    out.add(at + ": missing required " + name.asString());
                }
            }
        }
        JsonNode properties = schema.get("properties");
        boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true);
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode declared = properties == null ? null : properties.get(field.getKey());
            if (declared != null) {
                check(declared, field.getValue(), at + "." + field.getKey(), out);
            } else if (closed) {
                out.add(at + ": field " + field.getKey() + " is not in the schema");
            }
        }
    }

    private void array(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            out.add(at + ": fewer than " + schema.get("minItems").asInt() + " items");
        }
        if (schema.has("uniqueItems") && schema.get("uniqueItems").asBoolean()) {
            Set<JsonNode> seen = new HashSet<>();
            value.forEach(item -> {
                if (!seen.add(item)) {
                    out.add(at + ": an item appears twice");
                }
            });
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", out);
            }
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static String typeOf(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.github.grondslag.adapters.json.register;


import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.ArchivePurpose;
import io.github.grondslag.domain.register.Assessment;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.Automation;
import io.github.grondslag.domain.register.Basis;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentMechanism;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.JointController;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Recipient;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.register.Scope;
import io.github.grondslag.domain.register.SensitiveData;
import io.github.grondslag.domain.register.SubjectCategory;
import io.github.grondslag.domain.register.Transfer;
import io.github.grondslag.domain.register.Violation;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

import java.time.Period;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a register document (docs/register-format.md), version 2 or version 1, from its JSON tree.
 * It collects every problem of the document (unknown fields, wrong types, unknown values,
 * malformed periods) and every structural violation the domain reports (dangling references,
 * repeated ids), each with its JSON path, before it gives up, so that one run names them all.
 *
 * <p>A version-1 document is migrated as it is read: its absent booleans keep the meaning version 1
 * gave them (false), and the facts it could not state are read as version 1's check read them
 * (docs/register-format.md, "Reading version 1").
 */
final class RegisterReader {

    /** The version this adapter writes. */
    static final int CURRENT = 2;

    /** An index in a path, an element named in a message, the index of a first occurrence, a quoted id. */
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern ELEMENT = Pattern.compile("\\b([A-Za-z]+)\\[(\\d+)]");
    private static final Pattern FIRST_AT = Pattern.compile("first at \\[(\\d+)]");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private final java.util.List<JsonProblem> problems = new ArrayList<>();
    private int version = CURRENT;

    private RegisterReader() {
    }

    /** The register the document describes, or every problem with it. */
    static Either<Seq<JsonProblem>, Register> read(JsonNode root) {
        RegisterReader reader = new RegisterReader();
        if (root == null || root.getNodeType() != JsonNodeType.OBJECT) {
            return Either.left(List.of(new JsonProblem("$", "expected a register object")));
        }
        JsonFields top = new JsonFields(root, "$", reader.problems);
        Option<Integer> format = top.integer("format");
        if (!top.has("format")) {
            top.problem("$.format", "missing required field (the format version, " + CURRENT + ")");
        } else if (format.isDefined() && format.get() != 1 && format.get() != CURRENT) {
            return Either.left(List.of(new JsonProblem("$.format", "unsupported format version " + format.get()
                    + "; this reader knows versions 1 and " + CURRENT)));
        }
        reader.version = format.getOrElse(CURRENT);
        RegisterDraft draft = reader.draft(top);
        top.finish();
        Seq<Violation> violations = Register.violations(draft);
        Seq<JsonProblem> structural = violations.map(v -> reader.located(v, top))
                .filter(v -> !reader.coveredByAProblem(v.path()));
        Seq<JsonProblem> all = List.ofAll(reader.problems).appendAll(structural);
        return all.isEmpty() ? Either.right(Register.of(draft).get()) : Either.left(all);
    }

    /**
     * A structural violation as a problem of the document: its path and the indices in its message
     * are those of the document (elements that could not be read are not in the draft, so the
     * draft's indices can be lower), and the ids it names are shown as {@link JsonFields#display}
     * shows values, without control characters and shortened.
     */
    private JsonProblem located(Violation v, JsonFields top) {
        String path = documentPath(v.path(), top);
        String list = path.substring(0, Math.max(path.lastIndexOf('['), 0));
        String message = replace(ELEMENT, v.message(), m -> m.group(1) + "["
                + top.documentIndex("$." + m.group(1), Integer.parseInt(m.group(2))) + "]");
        message = replace(FIRST_AT, message, m -> "first at [" + top.documentIndex(list,
                Integer.parseInt(m.group(1))) + "]");
        message = replace(QUOTED, message, m -> JsonFields.display(m.group(1)));
        return new JsonProblem(path, printable(message));
    }

    /** The JSON path of a draft path such as {@code purposes[2].dataCategories[1]}. */
    private static String documentPath(String draftPath, JsonFields top) {
        StringBuilder out = new StringBuilder("$.");
        Matcher m = INDEX.matcher(draftPath);
        int from = 0;
        while (m.find()) {
            out.append(draftPath, from, m.start());
            int index = top.documentIndex(out.toString(), Integer.parseInt(m.group(1)));
            out.append('[').append(index).append(']');
            from = m.end();
        }
        return out.append(draftPath.substring(from)).toString();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        return m.appendTail(out).toString();
    }

    /** The text with every control or format character (such as a bidi override) shown as {@code ?}. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
            out.appendCodePoint(hidden ? '?' : c);
        });
        return out.toString();
    }

    /**
     * Whether a structural violation only repeats a problem already reported: a field read as
     * missing or malformed was given a stand-in value (a blank id, the class {@code ordinary}, the
     * action {@code erase}), and what the domain says about that stand-in is not the document's.
     * A violation elsewhere in the same element is the document's, and is reported.
     */
    private boolean coveredByAProblem(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path)
                || p.path().equals(sibling(path, "specialCategory", "class"))
                || p.path().equals(sibling(path, "archivePurpose", "action")));
    }

    private static String sibling(String path, String field, String standIn) {
        return path.endsWith("." + field) ? path.substring(0, path.length() - field.length()) + standIn : "";
    }

    private boolean v1() {
        return version == 1;
    }

    private RegisterDraft draft(JsonFields top) {
        Option<java.time.LocalDate> statementVersion = top.date("statementVersion");
        List<DataSubjectRight> rights = top.enums("rightsOffered", DataSubjectRight.class);
        Controller controller = top.object("controller", this::controller).getOrElse(() -> {
            top.problem("$.controller", "missing required object (the controller's identity, AVG 13(1)(a))");
            return new Controller("", Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                    Option.none(), Fact.NOT_STATED, Fact.NOT_STATED, Option.none(), Option.none(), Option.none());
        });
        List<JointController> joint = v1() ? List.empty() : top.objects("jointControllers", this::jointController);
        List<SubjectCategory> subjects = top.objects("subjectCategories", f -> new SubjectCategory(
                f.requiredString("id"), f.requiredString("name"), f.string("source")));
        List<DataCategory> data = top.objects("dataCategories", this::dataCategory);
        List<Recipient> recipients = top.objects("recipients", this::recipient);
        List<Transfer> transfers = top.objects("transfers", f -> new Transfer(f.requiredString("id"),
                f.string("recipient"), f.requiredString("destination"),
                f.enumValue("safeguard", TransferSafeguard.class), f.string("measures"),
                v1() ? List.empty() : f.enums("safeguardAlternatives", TransferSafeguard.class), f.string("source")));
        List<RetentionRule> rules = top.objects("retentionRules", this::retentionRule);
        boolean humanInterventionOffered = rights.contains(DataSubjectRight.HUMAN_INTERVENTION);
        List<Purpose> purposes = top.objects("purposes", f -> purpose(f, humanInterventionOffered));
        Option<String> rightsSource = top.string("rightsSource");
        Option<ResponsePolicy> policy = top.object("responsePolicy", this::responsePolicy);
        return new RegisterDraft(controller, joint, statementVersion, subjects, data, recipients, transfers, rules,
                purposes, LinkedHashSet.ofAll(rights), rightsSource, policy);
    }

    private Controller controller(JsonFields f) {
        String name = f.requiredString("name");
        Option<String> kvk = f.string("chamberOfCommerceNumber");
        Option<String> address = f.string("address");
        Option<String> contact = f.string("contact");
        Option<String> dpo = f.string("dpoContact");
        Option<String> group = f.string("group");
        if (v1()) {
            // Version 1 knew only Dutch controllers and applied the Dutch rules to every register.
            return new Controller(name, kvk, address, contact, dpo, group, Option.some("NL"), Fact.NOT_STATED,
                    Fact.NOT_STATED, Option.none(), Option.none(), f.string("source"));
        }
        return new Controller(name, kvk, address, contact, dpo, group, f.string("memberState"),
                fact(f, "publicAuthority"), fact(f, "largeScale"),
                f.has("dpoGrounds") ? Option.some(LinkedHashSet.ofAll(f.enums("dpoGrounds", DpoGround.class)))
                        : Option.none(),
                f.string("representative"), f.string("source"));
    }

    private JointController jointController(JsonFields f) {
        return new JointController(f.requiredString("name"), f.string("essenceOfArrangement"),
                f.string("contactPoint"), f.string("source"));
    }

    private DataCategory dataCategory(JsonFields f) {
        String id = f.requiredString("id");
        String name = f.requiredString("name");
        DataClass dataClass = f.requiredEnum("class", DataClass.class).getOrElse(DataClass.ORDINARY);
        Option<SpecialCategory> special = f.enumValue("specialCategory", SpecialCategory.class);
        if (v1()) {
            return new DataCategory(id, name, dataClass, special, DataOrigin.SUBJECT, List.empty(), List.empty(),
                    f.string("source"));
        }
        return new DataCategory(id, name, dataClass, special,
                f.enumValue("origin", DataOrigin.class).getOrElse(DataOrigin.SUBJECT), f.strings("sources"),
                f.strings("retentionRules"), f.string("source"));
    }

    private Recipient recipient(JsonFields f) {
        String id = f.requiredString("id");
        String name = f.requiredString("name");
        RecipientKind kind = f.requiredEnum("kind", RecipientKind.class).getOrElse(RecipientKind.PROCESSOR);
        Fact agreement = v1() ? Fact.of(f.bool("processorAgreement").getOrElse(false)) : fact(f, "processorAgreement");
        return new Recipient(id, name, kind, agreement, f.string("source"));
    }

    private RetentionRule retentionRule(JsonFields f) {
        String id = f.requiredString("id");
        String description = f.requiredString("description");
        Option<RetentionTrigger> trigger = f.enumValue("trigger", RetentionTrigger.class);
        Option<String> triggerDescription = v1() ? Option.none() : f.string("triggerDescription");
        Option<Period> duration = f.period("duration");
        Option<Period> minimum = f.period("minimum");
        Option<Period> maximum = f.period("maximum");
        RetentionAction action = f.requiredEnum("action", RetentionAction.class).getOrElse(RetentionAction.ERASE);
        Option<ArchivePurpose> archive = v1() ? Option.none() : f.enumValue("archivePurpose", ArchivePurpose.class);
        return new RetentionRule(id, description, trigger, triggerDescription, duration, minimum, maximum, action,
                archive, f.bool("extendedByLegalHold").getOrElse(false), f.string("source"));
    }

    private Purpose purpose(JsonFields f, boolean humanInterventionOffered) {
        String id = f.requiredString("id");
        String name = f.requiredString("name");
        String description = f.string("description").getOrElse("");
        List<LawfulBasis> bases = f.enums("lawfulBases", LawfulBasis.class);
        Scope scope = new Scope(f.strings("dataCategories"), f.strings("subjectCategories"), f.strings("recipients"),
                f.strings("retentionRules"));
        List<SpecialCategoryCondition> conditions = v1()
                ? f.enumValue("specialCategoryCondition", SpecialCategoryCondition.class).toList()
                : f.enums("specialCategoryConditions", SpecialCategoryCondition.class);
        Option<CriminalDataAuthorisation> authorisation =
                f.enumValue("criminalDataAuthorisation", CriminalDataAuthorisation.class);
        Assessment balancing = v1()
                ? f.string("balancingTest").map(Assessment::made).getOrElse(Assessment.notStated())
                : new Assessment(fact(f, "balancingTest"), f.string("balancingTestReference"));
        // Version 1 had no field for the interest pursued (13(1)(d)); its purposes said it in their
        // description, so a legitimate-interests purpose of version 1 reads its description as the interest.
        Option<String> interest = v1()
                ? Option.when(bases.contains(LawfulBasis.LEGITIMATE_INTERESTS) && !description.isBlank(), description)
                : f.string("legitimateInterest");
        Option<String> basisInLaw = v1() ? Option.none() : f.string("basisInLaw");
        Option<AutomatedDecision> decision = f.object("automatedDecision",
                a -> automatedDecision(a, humanInterventionOffered));
        boolean explicitConditionNamed = conditions.contains(SpecialCategoryCondition.EXPLICIT_CONSENT)
                || authorisation.contains(CriminalDataAuthorisation.EXPLICIT_CONSENT)
                || decision.exists(d -> d.ground().contains(AutomatedDecisionGround.EXPLICIT_CONSENT));
        ConsentKind v1Kind = !bases.contains(LawfulBasis.CONSENT) && explicitConditionNamed
                ? ConsentKind.EXPLICIT_CONDITION : ConsentKind.BASIS;
        Option<ConsentTerms> consent = f.object("consent", c -> consent(c, v1Kind));
        Automation automation = new Automation(decision, f.bool("profiling").getOrElse(false),
                LinkedHashSet.ofAll(f.enums("tracking", TrackingTechnique.class)));
        boolean directMarketing = f.bool("directMarketing").getOrElse(false);
        Assessment dpia = v1() ? Assessment.notStated()
                : new Assessment(fact(f, "impactAssessment"), f.string("impactAssessmentReference"));
        return new Purpose(id, name, description, new Basis(bases, consent, interest, balancing, basisInLaw), scope,
                new SensitiveData(conditions, authorisation), automation, directMarketing, dpia, f.string("source"));
    }

    private ConsentTerms consent(JsonFields c, ConsentKind v1Kind) {
        if (v1()) {
            return new ConsentTerms(v1Kind, Fact.of(c.bool("explicit").getOrElse(false)),
                    Fact.of(c.bool("withdrawableAsEasilyAsGiven").getOrElse(false)), ConsentMechanism.NOT_STATED,
                    Fact.NOT_STATED, Option.none(), c.string("givenVia"), c.string("withdrawnVia"),
                    c.string("source"));
        }
        return new ConsentTerms(c.requiredEnum("kind", ConsentKind.class).getOrElse(ConsentKind.BASIS),
                fact(c, "explicit"), fact(c, "withdrawableAsEasilyAsGiven"),
                c.enumValue("obtainedBy", ConsentMechanism.class).getOrElse(ConsentMechanism.NOT_STATED),
                fact(c, "conditionOfService"), c.string("requiredBy"), c.string("givenVia"), c.string("withdrawnVia"),
                c.string("source"));
    }

    private AutomatedDecision automatedDecision(JsonFields a, boolean humanInterventionOffered) {
        boolean effect = a.bool("legalOrSimilarEffect").getOrElse(false);
        Option<AutomatedDecisionGround> ground = a.enumValue("ground", AutomatedDecisionGround.class);
        if (v1()) {
            // Version 1 read human intervention from the rights list: not offered there was an error.
            return new AutomatedDecision(effect, ground, Fact.of(humanInterventionOffered), Fact.NOT_STATED,
                    a.string("source"));
        }
        return new AutomatedDecision(effect, ground, fact(a, "humanIntervention"), fact(a, "logicExplained"),
                a.string("source"));
    }

    private ResponsePolicy responsePolicy(JsonFields p) {
        if (!p.has("basePeriod")) {
            p.problem(p.path() + ".basePeriod", "missing required field (a period such as P1M)");
        }
        if (!p.has("maximumExtension")) {
            p.problem(p.path() + ".maximumExtension", "missing required field (a period such as P2M, or P0D for none)");
        }
        return new ResponsePolicy(p.period("basePeriod").getOrElse(Period.ofMonths(1)),
                p.period("maximumExtension").getOrElse(Period.ZERO), p.period("complaintAcknowledgement"),
                p.string("source"));
    }

    /** A three-valued fact: {@code yes}, {@code no} or {@code not-stated}; absent is not stated. */
    private static Fact fact(JsonFields f, String name) {
        return f.enumValue(name, Fact.class).getOrElse(Fact.NOT_STATED);
    }
}

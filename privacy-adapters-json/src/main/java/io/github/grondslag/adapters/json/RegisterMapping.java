package io.github.grondslag.adapters.json;

import io.github.grondslag.adapters.json.RegisterDocument.AutomatedDecisionDoc;
import io.github.grondslag.adapters.json.RegisterDocument.ConsentDoc;
import io.github.grondslag.adapters.json.RegisterDocument.ControllerDoc;
import io.github.grondslag.adapters.json.RegisterDocument.DataCategoryDoc;
import io.github.grondslag.adapters.json.RegisterDocument.PurposeDoc;
import io.github.grondslag.adapters.json.RegisterDocument.RecipientDoc;
import io.github.grondslag.adapters.json.RegisterDocument.ResponsePolicyDoc;
import io.github.grondslag.adapters.json.RegisterDocument.RetentionRuleDoc;
import io.github.grondslag.adapters.json.RegisterDocument.SubjectCategoryDoc;
import io.github.grondslag.adapters.json.RegisterDocument.TransferDoc;
import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Recipient;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.register.SubjectCategory;
import io.github.grondslag.domain.register.Transfer;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Maps the {@link RegisterDocument} onto the domain and back. Reading collects every problem of
 * the document (missing fields, unknown enum values, malformed periods) and then every structural
 * violation the domain reports, each with its JSON path, before it gives up.
 */
final class RegisterMapping {

    private final java.util.List<JsonProblem> problems = new ArrayList<>();

    private RegisterMapping() {
    }

    /** The register the document describes, or every problem with it. */
    static Either<Seq<JsonProblem>, Register> toRegister(RegisterDocument doc) {
        RegisterMapping m = new RegisterMapping();
        if (doc == null) {
            return Either.left(List.of(new JsonProblem("$", "expected a register object")));
        }
        RegisterDraft draft = m.draft(doc);
        if (!m.problems.isEmpty()) {
            return Either.left(List.ofAll(m.problems));
        }
        return Register.of(draft).toEither()
                .mapLeft(violations -> violations.map(v -> new JsonProblem("$." + v.path(), v.message())));
    }

    private RegisterDraft draft(RegisterDocument doc) {
        if (doc.format() == null) {
            problem("$.format", "missing required field (the format version, " + RegisterDocument.FORMAT + ")");
        } else if (doc.format() != RegisterDocument.FORMAT) {
            problem("$.format", "unsupported format version " + doc.format() + "; this reader knows version "
                    + RegisterDocument.FORMAT);
        }
        Option<LocalDate> version = optional(doc.statementVersion()).flatMap(v -> date("$.statementVersion", v));
        Controller controller = controller(doc.controller());
        List<SubjectCategory> subjects = each("$.subjectCategories", doc.subjectCategories(), this::subjectCategory);
        List<DataCategory> data = each("$.dataCategories", doc.dataCategories(), this::dataCategory);
        List<Recipient> recipients = each("$.recipients", doc.recipients(), this::recipient);
        List<Transfer> transfers = each("$.transfers", doc.transfers(), this::transfer);
        List<RetentionRule> rules = each("$.retentionRules", doc.retentionRules(), this::retentionRule);
        List<Purpose> purposes = each("$.purposes", doc.purposes(), this::purpose);
        List<DataSubjectRight> rights = enums("$.rightsOffered", DataSubjectRight.class, doc.rightsOffered());
        Option<ResponsePolicy> policy = Option.of(doc.responsePolicy()).map(this::responsePolicy);
        return new RegisterDraft(controller, version, subjects, data, recipients, transfers, rules, purposes,
                LinkedHashSet.ofAll(rights), optional(doc.rightsSource()), policy);
    }

    private Controller controller(ControllerDoc c) {
        if (c == null) {
            problem("$.controller", "missing required object (the controller's identity, AVG 13(1)(a))");
            return new Controller("", Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                    Option.none());
        }
        return new Controller(required("$.controller.name", c.name()), optional(c.chamberOfCommerceNumber()),
                optional(c.address()), optional(c.contact()), optional(c.dpoContact()), optional(c.group()),
                optional(c.source()));
    }

    private SubjectCategory subjectCategory(String at, SubjectCategoryDoc d) {
        return new SubjectCategory(required(at + ".id", d.id()), required(at + ".name", d.name()),
                optional(d.source()));
    }

    private DataCategory dataCategory(String at, DataCategoryDoc d) {
        DataClass dataClass = requiredEnum(at + ".class", DataClass.class, d.dataClass()).getOrElse(DataClass.ORDINARY);
        return new DataCategory(required(at + ".id", d.id()), required(at + ".name", d.name()), dataClass,
                optionalEnum(at + ".specialCategory", SpecialCategory.class, d.specialCategory()),
                optional(d.source()));
    }

    private Recipient recipient(String at, RecipientDoc d) {
        return new Recipient(required(at + ".id", d.id()), required(at + ".name", d.name()),
                requiredEnum(at + ".kind", RecipientKind.class, d.kind()).getOrElse(RecipientKind.PROCESSOR),
                flag(d.processorAgreement()), optional(d.source()));
    }

    private Transfer transfer(String at, TransferDoc d) {
        return new Transfer(required(at + ".id", d.id()), optional(d.recipient()),
                required(at + ".destination", d.destination()),
                optionalEnum(at + ".safeguard", io.github.grondslag.domain.law.TransferSafeguard.class, d.safeguard()),
                optional(d.measures()), optional(d.source()));
    }

    private RetentionRule retentionRule(String at, RetentionRuleDoc d) {
        return new RetentionRule(required(at + ".id", d.id()), required(at + ".description", d.description()),
                optionalEnum(at + ".trigger", RetentionTrigger.class, d.trigger()),
                period(at + ".duration", d.duration()), period(at + ".minimum", d.minimum()),
                period(at + ".maximum", d.maximum()),
                requiredEnum(at + ".action", RetentionAction.class, d.action()).getOrElse(RetentionAction.ERASE),
                flag(d.extendedByLegalHold()), optional(d.source()));
    }

    private Purpose purpose(String at, PurposeDoc d) {
        return new Purpose(
                required(at + ".id", d.id()),
                required(at + ".name", d.name()),
                optional(d.description()).getOrElse(""),
                enums(at + ".lawfulBases", LawfulBasis.class, d.lawfulBases()),
                strings(at + ".dataCategories", d.dataCategories()),
                strings(at + ".subjectCategories", d.subjectCategories()),
                strings(at + ".recipients", d.recipients()),
                strings(at + ".retentionRules", d.retentionRules()),
                optionalEnum(at + ".specialCategoryCondition", SpecialCategoryCondition.class,
                        d.specialCategoryCondition()),
                optionalEnum(at + ".criminalDataAuthorisation", CriminalDataAuthorisation.class,
                        d.criminalDataAuthorisation()),
                optional(d.balancingTest()),
                Option.of(d.consent()).map(this::consent),
                Option.of(d.automatedDecision()).map(a -> automatedDecision(at + ".automatedDecision", a)),
                flag(d.profiling()),
                flag(d.directMarketing()),
                LinkedHashSet.ofAll(enums(at + ".tracking", TrackingTechnique.class, d.tracking())),
                optional(d.source()));
    }

    private ConsentTerms consent(ConsentDoc c) {
        return new ConsentTerms(flag(c.explicit()), flag(c.withdrawableAsEasilyAsGiven()), optional(c.givenVia()),
                optional(c.withdrawnVia()), optional(c.source()));
    }

    private AutomatedDecision automatedDecision(String at, AutomatedDecisionDoc a) {
        return new AutomatedDecision(flag(a.legalOrSimilarEffect()),
                optionalEnum(at + ".ground", AutomatedDecisionGround.class, a.ground()), optional(a.source()));
    }

    private ResponsePolicy responsePolicy(ResponsePolicyDoc p) {
        String at = "$.responsePolicy";
        Option<Period> base = period(at + ".basePeriod", p.basePeriod());
        Option<Period> extension = period(at + ".maximumExtension", p.maximumExtension());
        if (p.basePeriod() == null) {
            problem(at + ".basePeriod", "missing required field (a period such as P1M)");
        }
        if (p.maximumExtension() == null) {
            problem(at + ".maximumExtension", "missing required field (a period such as P2M, or P0D for none)");
        }
        return new ResponsePolicy(base.getOrElse(Period.ofMonths(1)), extension.getOrElse(Period.ZERO),
                period(at + ".complaintAcknowledgement", p.complaintAcknowledgement()), optional(p.source()));
    }

    // --- the small readers, each reporting with its path ---

    private <D, T> List<T> each(String at, java.util.List<D> docs, BiFunction<String, D, T> map) {
        return each(at, docs, "an object", map);
    }

    private <D, T> List<T> each(String at, java.util.List<D> docs, String expected, BiFunction<String, D, T> map) {
        if (docs == null) {
            return List.empty();
        }
        java.util.List<T> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            D doc = docs.get(i);
            if (doc == null) {
                problem(at + "[" + i + "]", "expected " + expected + ", found null");
            } else {
                out.add(map.apply(at + "[" + i + "]", doc));
            }
        }
        return List.ofAll(out);
    }

    private List<String> strings(String at, java.util.List<String> values) {
        return each(at, values, "a string", (path, v) -> v);
    }

    private <E extends Enum<E>> List<E> enums(String at, Class<E> type, java.util.List<String> values) {
        return each(at, values, "a string", (path, v) -> parse(path, type, v)).flatMap(o -> o);
    }

    private <E extends Enum<E>> Option<E> requiredEnum(String at, Class<E> type, String value) {
        if (value == null) {
            problem(at, "missing required field; expected one of " + spellings(type));
            return Option.none();
        }
        return parse(at, type, value);
    }

    private <E extends Enum<E>> Option<E> optionalEnum(String at, Class<E> type, String value) {
        return value == null ? Option.none() : parse(at, type, value);
    }

    private <E extends Enum<E>> Option<E> parse(String at, Class<E> type, String value) {
        Option<E> found = List.of(type.getEnumConstants()).find(e -> spelling(e).equals(value));
        if (found.isEmpty()) {
            problem(at, "unknown value; expected one of " + spellings(type));
        }
        return found;
    }

    private Option<Period> period(String at, String value) {
        if (value == null) {
            return Option.none();
        }
        try {
            return Option.some(Period.parse(value));
        } catch (DateTimeException e) {
            problem(at, "not an ISO-8601 period such as P7Y, P1M, P4W or P14D");
            return Option.none();
        }
    }

    private Option<LocalDate> date(String at, String value) {
        try {
            return Option.some(LocalDate.parse(value));
        } catch (DateTimeException e) {
            problem(at, "not a date in the form YYYY-MM-DD");
            return Option.none();
        }
    }

    private String required(String at, String value) {
        if (value == null) {
            problem(at, "missing required field");
            return "";
        }
        return value;
    }

    private static Option<String> optional(String value) {
        return Option.of(value);
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private void problem(String at, String message) {
        problems.add(new JsonProblem(at, message));
    }

    /** How an enum constant is spelled in JSON: lower case, hyphens for underscores. */
    static String spelling(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String spellings(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(RegisterMapping::spelling).toList());
    }

    // --- writing ---

    /** The document for a register; reading it back gives an equal register. */
    static RegisterDocument toDocument(Register r) {
        Controller c = r.controller();
        return new RegisterDocument(
                RegisterDocument.FORMAT,
                r.statementVersion().map(LocalDate::toString).getOrNull(),
                new ControllerDoc(c.name(), c.chamberOfCommerceNumber().getOrNull(), c.address().getOrNull(),
                        c.contact().getOrNull(), c.dpoContact().getOrNull(), c.group().getOrNull(),
                        c.source().getOrNull()),
                r.subjectCategories().map(s -> new SubjectCategoryDoc(s.id(), s.name(), s.source().getOrNull()))
                        .toJavaList(),
                r.dataCategories().map(d -> new DataCategoryDoc(d.id(), d.name(), spelling(d.dataClass()),
                        d.specialCategory().map(RegisterMapping::spelling).getOrNull(), d.source().getOrNull()))
                        .toJavaList(),
                r.recipients().map(x -> new RecipientDoc(x.id(), x.name(), spelling(x.kind()),
                        x.processorAgreement(), x.source().getOrNull())).toJavaList(),
                r.transfers().map(t -> new TransferDoc(t.id(), t.recipient().getOrNull(), t.destination(),
                        t.safeguard().map(RegisterMapping::spelling).getOrNull(), t.measures().getOrNull(),
                        t.source().getOrNull())).toJavaList(),
                r.retentionRules().map(x -> new RetentionRuleDoc(x.id(), x.description(),
                        x.trigger().map(RegisterMapping::spelling).getOrNull(), text(x.duration()),
                        text(x.minimum()), text(x.maximum()), spelling(x.action()), x.extendedByLegalHold(),
                        x.source().getOrNull())).toJavaList(),
                r.purposes().map(RegisterMapping::purposeDoc).toJavaList(),
                r.rightsOffered().toList().map(RegisterMapping::spelling).toJavaList(),
                r.draft().rightsSource().getOrNull(),
                r.responsePolicy().map(p -> new ResponsePolicyDoc(p.basePeriod().toString(),
                        p.maximumExtension().toString(), text(p.complaintAcknowledgement()),
                        p.source().getOrNull())).getOrNull());
    }

    private static PurposeDoc purposeDoc(Purpose p) {
        return new PurposeDoc(p.id(), p.name(), p.description(),
                p.lawfulBases().map(RegisterMapping::spelling).toJavaList(),
                p.dataCategories().toJavaList(), p.subjectCategories().toJavaList(), p.recipients().toJavaList(),
                p.retentionRules().toJavaList(),
                p.specialCategoryCondition().map(RegisterMapping::spelling).getOrNull(),
                p.criminalDataAuthorisation().map(RegisterMapping::spelling).getOrNull(),
                p.balancingTest().getOrNull(),
                p.consent().map(c -> new ConsentDoc(c.explicit(), c.withdrawableAsEasilyAsGiven(),
                        c.givenVia().getOrNull(), c.withdrawnVia().getOrNull(), c.source().getOrNull())).getOrNull(),
                p.automatedDecision().map(a -> new AutomatedDecisionDoc(a.legalOrSimilarEffect(),
                        a.ground().map(RegisterMapping::spelling).getOrNull(), a.source().getOrNull())).getOrNull(),
                p.profiling(), p.directMarketing(),
                p.tracking().toList().map(RegisterMapping::spelling).toJavaList(),
                p.source().getOrNull());
    }

    private static String text(Option<Period> period) {
        return period.map(Period::toString).getOrNull();
    }
}

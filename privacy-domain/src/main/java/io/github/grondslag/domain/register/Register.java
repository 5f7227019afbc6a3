package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.DataSubjectRight;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

/**
 * The controller's register of processing activities (AVG art. 30), built from a privacy
 * statement: a valid, immutable whole in which every reference resolves.
 *
 * <p>Structural validity (ids unique, references resolving, classes consistent, periods not
 * negative) is checked by {@link #of(RegisterDraft)}; whether the register is lawful is the
 * question of {@code check.RegisterCheck}, which reports rather than refuses.
 */
public final class Register {

    private final RegisterDraft content;
    private final Map<String, DataCategory> dataCategoriesById;
    private final Map<String, Purpose> purposesById;
    private final Map<String, Recipient> recipientsById;
    private final Map<String, RetentionRule> retentionRulesById;

    private Register(RegisterDraft content) {
        this.content = content;
        this.dataCategoriesById = index(content.dataCategories(), DataCategory::id);
        this.purposesById = index(content.purposes(), Purpose::id);
        this.recipientsById = index(content.recipients(), Recipient::id);
        this.retentionRulesById = index(content.retentionRules(), RetentionRule::id);
    }

    private static <T> Map<String, T> index(List<T> elements, Function<T, String> id) {
        return LinkedHashMap.ofEntries(elements.map(e -> Tuple.of(id.apply(e), e)));
    }

    /**
     * Validates a draft and returns the register, or every structural problem, each naming the
     * element it concerns by its path.
     *
     * @param draft the content to validate
     * @return the valid register, or every structural violation of the draft
     */
    public static Validation<Seq<Violation>, Register> of(RegisterDraft draft) {
        Seq<Violation> violations = RegisterValidation.violations(draft);
        return violations.isEmpty() ? Validation.valid(new Register(draft)) : Validation.invalid(violations);
    }

    /**
     * Every structural problem of a draft, each naming its element by its path; empty when
     * {@link #of} would build the register.
     *
     * @param draft the content to validate
     * @return the structural violations of the draft; empty when it is valid
     */
    public static Seq<Violation> violations(RegisterDraft draft) {
        return RegisterValidation.violations(draft);
    }

    /** {@return the content, for building a changed copy ({@code Register.of(register.draft().withX(...))})} */
    public RegisterDraft draft() {
        return content;
    }

    /** {@return the controller whose register this is (AVG 30(1)(a))} */
    public Controller controller() {
        return content.controller();
    }

    /** {@return the controllers that determine purposes and means together with this one (26)} */
    public List<JointController> jointControllers() {
        return content.jointControllers();
    }

    /** {@return the date of the privacy statement this register encodes, if known} */
    public Option<LocalDate> statementVersion() {
        return content.statementVersion();
    }

    /** {@return the categories of data subjects (30(1)(c))} */
    public List<SubjectCategory> subjectCategories() {
        return content.subjectCategories();
    }

    /** {@return the categories of personal data (30(1)(c))} */
    public List<DataCategory> dataCategories() {
        return content.dataCategories();
    }

    /** {@return the recipients and categories of recipients (30(1)(d))} */
    public List<Recipient> recipients() {
        return content.recipients();
    }

    /** {@return the transfers to third countries or international organisations (30(1)(e))} */
    public List<Transfer> transfers() {
        return content.transfers();
    }

    /** {@return the retention rules (30(1)(f))} */
    public List<RetentionRule> retentionRules() {
        return content.retentionRules();
    }

    /** {@return the purposes of processing (30(1)(b))} */
    public List<Purpose> purposes() {
        return content.purposes();
    }

    /** {@return the rights the statement tells the subject about (13(2)(b)–(d))} */
    public Set<DataSubjectRight> rightsOffered() {
        return content.rightsOffered();
    }

    /** {@return the statement's promise on answering rights requests (12(3)), if it makes one} */
    public Option<ResponsePolicy> responsePolicy() {
        return content.responsePolicy();
    }

    /**
     * Looks up a purpose by its id.
     *
     * @param id the id of the purpose
     * @return the purpose with that id, or none when the register declares no such purpose
     */
    public Option<Purpose> purpose(String id) {
        return purposesById.get(id);
    }

    /**
     * Looks up a data category by its id.
     *
     * @param id the id of the data category
     * @return the data category with that id, or none when the register declares no such data category
     */
    public Option<DataCategory> dataCategory(String id) {
        return dataCategoriesById.get(id);
    }

    /**
     * Looks up a recipient by its id.
     *
     * @param id the id of the recipient
     * @return the recipient with that id, or none when the register declares no such recipient
     */
    public Option<Recipient> recipient(String id) {
        return recipientsById.get(id);
    }

    /**
     * Looks up a retention rule by its id.
     *
     * @param id the id of the retention rule
     * @return the retention rule with that id, or none when the register declares no such retention rule
     */
    public Option<RetentionRule> retentionRule(String id) {
        return retentionRulesById.get(id);
    }

    /**
     * The data categories a purpose uses, resolved.
     *
     * @param purpose a purpose of this register
     * @return the data categories it names, in its order
     */
    public List<DataCategory> dataCategoriesOf(Purpose purpose) {
        return purpose.dataCategories().flatMap(dataCategoriesById::get);
    }

    /**
     * The retention rules that apply to a purpose: its own, and those of the data categories it
     * uses (13(2)(a) allows either), without repeats.
     *
     * @param purpose a purpose of this register
     * @return its own retention rules followed by those of its data categories, each once
     */
    public List<RetentionRule> retentionRulesOf(Purpose purpose) {
        return purpose.retentionRules().appendAll(dataCategoriesOf(purpose).flatMap(DataCategory::retentionRules))
                .distinct().flatMap(retentionRulesById::get);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Register r && r.content.equals(content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    @Override
    public String toString() {
        return "Register[" + content.purposes().size() + " purposes, " + content.dataCategories().size()
                + " data categories, version " + content.statementVersion().map(LocalDate::toString).getOrElse("none")
                + "]";
    }

    /**
     * The longest id of an element: ids are written to the audit trail and to every store, and 128
     * characters (at most 512 bytes of UTF-8) fit each store's columns and lines (docs/register-format.md).
     */
    public static final int MAX_ID_LENGTH = 128;

    /** The structural checks behind {@link #of}. */
    static final class RegisterValidation {
        private RegisterValidation() {
        }

        static Seq<Violation> violations(RegisterDraft d) {
            Set<String> subjectIds = HashSet.ofAll(d.subjectCategories().map(SubjectCategory::id));
            Set<String> dataIds = HashSet.ofAll(d.dataCategories().map(DataCategory::id));
            Set<String> recipientIds = HashSet.ofAll(d.recipients().map(Recipient::id));
            Set<String> ruleIds = HashSet.ofAll(d.retentionRules().map(RetentionRule::id));
            return List.<Violation>empty()
                    .appendAll(ids("subjectCategories", d.subjectCategories().map(SubjectCategory::id)))
                    .appendAll(names("subjectCategories", d.subjectCategories().map(SubjectCategory::name)))
                    .appendAll(ids("dataCategories", d.dataCategories().map(DataCategory::id)))
                    .appendAll(names("dataCategories", d.dataCategories().map(DataCategory::name)))
                    .appendAll(d.dataCategories().zipWithIndex().flatMap(t -> dataClass(t._1, t._2)))
                    .appendAll(d.dataCategories().zipWithIndex().flatMap(t -> references(
                            "dataCategories[" + t._2 + "].retentionRules", t._1.retentionRules(), ruleIds,
                            "retention rule")))
                    .appendAll(names("jointControllers", d.jointControllers().map(JointController::name)))
                    .appendAll(memberState(d.controller()))
                    .appendAll(ids("recipients", d.recipients().map(Recipient::id)))
                    .appendAll(names("recipients", d.recipients().map(Recipient::name)))
                    .appendAll(ids("transfers", d.transfers().map(Transfer::id)))
                    .appendAll(d.transfers().zipWithIndex().flatMap(t -> t._1.recipient()
                            .filter(r -> !recipientIds.contains(r))
                            .map(r -> new Violation("transfers[" + t._2 + "].recipient",
                                    "refers to recipient '" + r + "', which the register does not declare"))))
                    .appendAll(ids("retentionRules", d.retentionRules().map(RetentionRule::id)))
                    .appendAll(d.retentionRules().zipWithIndex().flatMap(t -> periods(t._1, t._2)))
                    .appendAll(d.retentionRules().zipWithIndex().flatMap(t -> events(t._1, t._2)))
                    .appendAll(ids("purposes", d.purposes().map(Purpose::id)))
                    .appendAll(names("purposes", d.purposes().map(Purpose::name)))
                    .appendAll(d.purposes().zipWithIndex().flatMap(t -> {
                        String at = "purposes[" + t._2 + "]";
                        Purpose p = t._1;
                        return List.<Violation>empty()
                                .appendAll(nonEmpty(at + ".dataCategories", p.dataCategories(), "data category"))
                                .appendAll(nonEmpty(at + ".subjectCategories", p.subjectCategories(),
                                        "subject category"))
                                .appendAll(references(at + ".dataCategories", p.dataCategories(), dataIds,
                                        "data category"))
                                .appendAll(references(at + ".subjectCategories", p.subjectCategories(), subjectIds,
                                        "subject category"))
                                .appendAll(references(at + ".recipients", p.recipients(), recipientIds, "recipient"))
                                .appendAll(references(at + ".retentionRules", p.retentionRules(), ruleIds,
                                        "retention rule"));
                    }))
                    .appendAll(d.responsePolicy().toList().flatMap(Register.RegisterValidation::responsePolicy));
        }

        private static Seq<Violation> ids(String list, List<String> ids) {
            return ids.zipWithIndex().flatMap(t -> {
                String at = list + "[" + t._2 + "].id";
                if (t._1.isBlank()) {
                    return List.of(new Violation(at, "the id is blank"));
                }
                if (t._1.length() > MAX_ID_LENGTH) {
                    return List.of(new Violation(at, "the id is longer than " + MAX_ID_LENGTH + " characters"));
                }
                if (Printable.hides(t._1)) {
                    return List.of(new Violation(at, "the id holds a control, format or separator character, or"
                            + " one that is not a character (a lone surrogate, an unassigned or private-use code)"));
                }
                int first = ids.indexOf(t._1);
                return first < t._2
                        ? List.of(new Violation(at, "the id '" + t._1 + "' is already used by " + list + "[" + first
                        + "]"))
                        : List.empty();
            });
        }

        private static Seq<Violation> names(String list, List<String> names) {
            return names.zipWithIndex().filter(t -> t._1.isBlank())
                    .map(t -> new Violation(list + "[" + t._2 + "].name", "the name is blank"));
        }

        private static Seq<Violation> nonEmpty(String at, List<String> ids, String what) {
            return ids.isEmpty()
                    ? List.of(new Violation(at, "a purpose must name at least one " + what + " (AVG 30(1)(c))"))
                    : List.empty();
        }

        private static Seq<Violation> references(String at, List<String> refs, Set<String> declared, String what) {
            return refs.zipWithIndex().flatMap(t -> {
                if (!declared.contains(t._1)) {
                    return List.of(new Violation(at + "[" + t._2 + "]",
                            "refers to " + what + " '" + t._1 + "', which the register does not declare"));
                }
                int first = refs.indexOf(t._1);
                return first < t._2
                        ? List.of(new Violation(at + "[" + t._2 + "]",
                        "names " + what + " '" + t._1 + "' a second time (first at [" + first + "])"))
                        : List.<Violation>empty();
            });
        }

        private static Seq<Violation> dataClass(DataCategory c, int index) {
            String at = "dataCategories[" + index + "].specialCategory";
            if (c.isSpecial() && c.specialCategory().isEmpty()) {
                return List.of(new Violation(at, "a special category must say which one of AVG 9(1) it is"));
            }
            if (!c.isSpecial() && c.specialCategory().isDefined()) {
                return List.of(new Violation(at, "only a data category of class 'special' names a special category"));
            }
            return List.empty();
        }

        private static Seq<Violation> periods(RetentionRule r, int index) {
            String at = "retentionRules[" + index + "].";
            return List.of(
                            negative(at + "duration", r.duration()),
                            negative(at + "minimum", r.minimum()),
                            negative(at + "maximum", r.maximum()))
                    .flatMap(Function.identity());
        }

        /** An event of the controller's own is described; an archive purpose goes only with archiving. */
        private static Seq<Violation> events(RetentionRule r, int index) {
            String at = "retentionRules[" + index + "].";
            return List.of(
                            r.trigger().contains(RetentionTrigger.OWN_EVENT) && r.triggerDescription().isEmpty()
                                    ? Option.some(new Violation(at + "triggerDescription",
                                    "a rule whose trigger is 'own-event' must describe the event"))
                                    : Option.<Violation>none(),
                            r.archivePurpose().isDefined() && r.action() != RetentionAction.ARCHIVE
                                    ? Option.some(new Violation(at + "archivePurpose",
                                    "only a rule whose action is 'archive' names an archive purpose"))
                                    : Option.<Violation>none())
                    .flatMap(Function.identity());
        }

        /** A member state is given as its two-letter ISO 3166 code, such as NL, DE or FR. */
        private static Seq<Violation> memberState(Controller c) {
            return c.memberState().filter(s -> !s.matches("[A-Z]{2}"))
                    .map(s -> new Violation("controller.memberState",
                            "a member state is a two-letter ISO 3166 code in capitals, such as NL"))
                    .toList();
        }

        private static Option<Violation> negative(String at, Option<Period> period) {
            return period.filter(Period::isNegative).map(p -> new Violation(at, "a period cannot be negative"));
        }

        private static Seq<Violation> responsePolicy(ResponsePolicy p) {
            return List.of(
                            p.basePeriod().isNegative() || p.basePeriod().isZero()
                                    ? Option.some(new Violation("responsePolicy.basePeriod",
                                    "the base period must be longer than zero"))
                                    : Option.<Violation>none(),
                            negative("responsePolicy.maximumExtension", Option.some(p.maximumExtension())),
                            negative("responsePolicy.complaintAcknowledgement", p.complaintAcknowledgement()))
                    .flatMap(Function.identity());
        }
    }
}

package io.github.grondslag.testkit.compliance;

import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Severity;
import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.Retention;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The compliance properties over your own register (docs/testkit.md). Implement this interface in a
 * test class of your build, return your register from {@link #register()} (or its file from
 * {@link #registerFile()}), and each property runs as a JUnit test over generated subjects,
 * histories and records. A failure names the purpose, the article and the smallest example, with the
 * seed that reproduces it ({@code -Dgrondslag.seed=...}).
 */
public interface RegisterCompliance {

    /**
     * Your register's file, in the register format (docs/register-format.md). Override this, or
     * {@link #register()}.
     *
     * @return the path of your register's JSON file, relative to the working directory of the test
     * @throws UnsupportedOperationException if neither this method nor {@link #register()} is overridden
     */
    default Path registerFile() {
        throw new UnsupportedOperationException("override registerFile() or register()");
    }

    /**
     * Your register, the one every property runs over. By default it is read from
     * {@link #registerFile()}; override it to build the register in code instead.
     *
     * @return your register of processing (AVG art. 30)
     * @throws AssertionError if the file cannot be read or is not a valid register; the message
     *                        lists every problem with its JSON path
     */
    default Register register() {
        return RegisterJson.read(registerFile()).getOrElseThrow(e -> new AssertionError(
                String.join("\n", RegisterJson.describe(e))));
    }

    /**
     * Error-level findings you accept, each as {@code "CODE element"} (e.g. {@code "R4 purpose
     * 'vgz-viii-fraud'"}), with your reason beside it in your code: the check fails on any other.
     * Warnings and notices of the check never fail it.
     *
     * @return the accepted findings, as the rule's code, a space and the element; none by default
     */
    default Set<String> acceptedFindings() {
        return Set.of();
    }

    /** {@return how many generated cases each property tries; 200 by default} */
    default int tries() {
        return 200;
    }

    /** Subjects of the generated cases. */
    SubjectId SUBJECT = SubjectId.of("compliance-subject");

    // --- AVG art. 5-49: the register check ---

    /**
     * The register check (AVG art. 5 to 49 and the national layer of the controller's member state)
     * finds no error-level finding on your register other than those in {@link #acceptedFindings()}.
     * A failure lists every such finding with its rule, article, element and message.
     */
    @Test
    default void theRegisterCheckFindsNoErrorBeyondThoseAccepted() {
        List<Finding> errors = RegisterCheck.check(register()).filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !acceptedFindings().contains(f.rule().code() + " " + f.element()));
        if (errors.nonEmpty()) {
            fail(errors.size() + " error-level finding(s) of the register check:\n" + errors.map(f -> "  "
                    + f.rule().code() + " [" + f.citation() + "] " + f.element() + ": " + f.message()).mkString("\n"));
        }
    }

    // --- AVG 7(3): withdrawal stops processing from then on, not before ---

    /**
     * AVG art. 7(3): for every purpose that rests on consent for all it does, processing is
     * permitted up to the instant consent is withdrawn and denied for want of consent (art. 6(1)(a))
     * from that instant on; the withdrawal does not reach back before it. Passes trivially when no
     * purpose asks consent.
     */
    @Test
    default void consentWithdrawnStopsProcessingAtThatInstantAndNotBefore() {
        Register register = register();
        List<Purpose> consent = register.purposes().filter(Purpose::asksConsentForAllItDoes);
        if (consent.isEmpty()) {
            return;
        }
        Decider decider = Decider.of(register);
        Gen<Case> cases = c -> {
            Purpose p = Gens.elementsOf(consent).generate(c);
            Instant given = Gens.instants(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"))
                    .generate(c);
            Instant withdrawn = given.plus(Duration.ofMinutes(Gens.integers(1, 500_000).generate(c)));
            Instant asked = Gens.booleans().generate(c) ? withdrawn.minusNanos(Gens.integers(1, 1_000_000_000)
                    .generate(c)).isBefore(given) ? given : withdrawn.minusNanos(1) : withdrawn.plusSeconds(
                    Gens.integers(0, 1_000_000).generate(c));
            return new Case(p, ordinaryUse(register, p).generate(c), given, withdrawn, asked);
        };
        Property.forAll(cases).tries(tries()).checkThat(k -> {
            ConsentLedger ledger = new ConsentLedger(SUBJECT, k.purpose().id(), List.of(
                    new ConsentEvent.Given(k.given(), register.statementVersion(), Channel.WEB_FORM, "evidence"),
                    new ConsentEvent.Withdrawn(k.withdrawn(), Channel.EMAIL_LINK)));
            Decision d = decider.decide(k.operation(), SubjectState.empty(SUBJECT), List.of(ledger), k.at());
            boolean deniedForConsent = citations(d).contains(Citation.avg("6(1)(a)"));
            assertEquals(!k.at().isBefore(k.withdrawn()), deniedForConsent, () -> "purpose '" + k.purpose().id()
                    + "' [AVG 7(3)]: at " + k.at() + ", consent given " + k.given() + " and withdrawn "
                    + k.withdrawn() + ", the decision was " + d);
        });
    }

    /**
     * One generated case of {@link #consentWithdrawnStopsProcessingAtThatInstantAndNotBefore()}: a
     * purpose, an operation, the instants of consent, the instant asked. Its {@code toString} is the
     * smallest example a failure shows.
     *
     * @param purpose   the consent purpose under test
     * @param operation the ordinary use of the purpose's data that is asked for
     * @param given     when consent was given
     * @param withdrawn when consent was withdrawn, after {@code given}
     * @param at        the instant the decision is asked for, just before or at or after the withdrawal
     */
    record Case(Purpose purpose, Operation operation, Instant given, Instant withdrawn, Instant at) {
        @Override
        public String toString() {
            return "purpose '" + purpose.id() + "', data " + operation.dataCategories() + ", consent given " + given
                    + ", withdrawn " + withdrawn + ", asked at " + at;
        }
    }

    private static List<Citation> citations(Decision d) {
        return d instanceof Decision.Denied denied ? denied.reasons().map(Rejection::citation) : List.empty();
    }

    /** A declared operation of the purpose on its ordinary data, no exception relied on. */
    private static Gen<Operation> ordinaryUse(Register register, Purpose p) {
        List<String> ordinary = register.dataCategoriesOf(p).filter(d -> !d.isSpecial() && !d.isCriminal())
                .map(DataCategory::id);
        List<String> data = ordinary.isEmpty() ? p.dataCategories() : ordinary;
        return c -> Operation.use(SUBJECT, Gens.elementsOf(p.subjectCategories()).generate(c), p.id(),
                RegisterGens.nonEmptySubset(data).generate(c));
    }

    // --- AVG 5(1)(b),(c): nothing outside what the register declares ---

    /**
     * AVG art. 5(1)(b),(c), purpose limitation and data minimisation: no operation that uses a
     * subject category or a data category the purpose does not declare is permitted, even with
     * consent in force.
     */
    @Test
    default void noOperationWithAnUndeclaredDataOrSubjectCategoryIsPermitted() {
        Register register = register();
        Decider decider = Decider.of(register);
        Gen<Operation> outside = c -> {
            Purpose p = Gens.elementsOf(register.purposes()).generate(c);
            Operation declared = ordinaryUse(register, p).generate(c);
            return Gens.booleans().generate(c)
                    ? Operation.use(SUBJECT, "not-declared-" + Gens.integers(0, 9).generate(c), p.id(),
                    declared.dataCategories())
                    : Operation.use(SUBJECT, declared.subjectCategory(), p.id(),
                    declared.dataCategories().append("not-declared-" + Gens.integers(0, 9).generate(c)));
        };
        Property.forAll(outside).tries(tries()).checkThat(op -> {
            Decision d = decider.decide(op, SubjectState.empty(SUBJECT), consentFor(register, op), Instant.parse("2026-06-01T00:00:00Z"));
            assertFalse(d.isPermitted(), () -> "purpose '" + op.purposeId() + "' [AVG 5(1)(b),(c)]: an operation"
                    + " outside what the register declares was permitted: " + op.subjectCategory() + " "
                    + op.dataCategories());
        });
    }

    /** Consent in force for the operation's purpose, so that only the rule under test can deny it. */
    private static List<ConsentLedger> consentFor(Register register, Operation op) {
        return List.of(new ConsentLedger(SUBJECT, op.purposeId(), List.of(new ConsentEvent.Given(
                Instant.parse("2000-01-01T00:00:00Z"), register.statementVersion(), Channel.WEB_FORM, "evidence"))));
    }

    // --- AVG 9(1): special data never without their condition ---

    /**
     * AVG art. 9(1): for every purpose that processes special-category data but names no condition of
     * art. 9(2), an operation on those data is always denied under art. 9(1). Passes trivially when
     * every such purpose names its condition.
     */
    @Test
    default void specialDataAreNeverPermittedWithoutTheirCondition() {
        Register register = register();
        List<Purpose> without = register.purposes().filter(p -> p.sensitive().specialConditions().isEmpty()
                && register.dataCategoriesOf(p).exists(DataCategory::isSpecial));
        if (without.isEmpty()) {
            return;
        }
        Decider decider = Decider.of(register);
        Gen<Operation> special = c -> {
            Purpose p = Gens.elementsOf(without).generate(c);
            List<String> data = register.dataCategoriesOf(p).filter(DataCategory::isSpecial).map(DataCategory::id);
            return Operation.use(SUBJECT, Gens.elementsOf(p.subjectCategories()).generate(c), p.id(),
                    RegisterGens.nonEmptySubset(data).generate(c));
        };
        Property.forAll(special).tries(tries()).checkThat(op -> assertTrue(
                citations(decider.decide(op, SubjectState.empty(SUBJECT), consentFor(register, op), Instant.parse("2026-06-01T00:00:00Z")))
                        .contains(Citation.avg("9(1)")), () -> "purpose '" + op.purposeId() + "' [AVG 9(1)]:"
                        + " special-category data " + op.dataCategories() + " were not denied without a condition"));
    }

    // --- AVG 5(1)(e): every rule ends, every record gets its date ---

    /**
     * AVG art. 5(1)(e), storage limitation: every retention rule of the register is finite and names
     * the event it runs from, and every generated record of a purpose with retention rules gets the
     * date by which it must be erased.
     */
    @Test
    default void everyRetentionRuleEndsAndEveryRecordGetsAnErasureDate() {
        Register register = register();
        register.retentionRules().forEach(r -> assertTrue(r.isFinite() && r.trigger().isDefined(), () ->
                "retention rule '" + r.id() + "' [AVG 5(1)(e)]: it names no end or no event to run from"));
        List<Purpose> kept = register.purposes().filter(p -> register.retentionRulesOf(p).nonEmpty());
        if (kept.isEmpty()) {
            return;
        }
        Gen<PersonalRecord> records = c -> {
            Purpose p = Gens.elementsOf(kept).generate(c);
            LocalDate date = Gens.localDates(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)).generate(c);
            return new PersonalRecord("record", SUBJECT, p.id(), RegisterGens.nonEmptySubset(p.dataCategories())
                    .generate(c), Option.none(), true, Option.none(),
                    Option.some(Gens.elementsOf(register.retentionRulesOf(p)).generate(c).id()),
                    HashMap.ofEntries(List.of(RetentionTrigger.values()).map(t -> io.vavr.Tuple.of(t, date))));
        };
        Property.forAll(records).tries(tries()).checkThat(r -> {
            RetentionVerdict v = Retention.evaluate(register, r, List.empty(), LocalDate.of(2041, 1, 1));
            assertTrue(v.mustEraseFrom().isDefined(), () -> "purpose '" + r.purposeId() + "' [AVG 5(1)(e)]: a"
                    + " record under rule " + v.ruleId().getOrElse("-") + " gets no date by which it must go");
        });
    }

    // --- AVG 12(3), Regulation 1182/71: every request has its due date within the legal bounds ---

    /**
     * AVG art. 12(3) and Regulation 1182/71: every type of rights request, received on any day of
     * 2000 to 2150, is due one month after receipt (Amsterdam time), rolled forward to a working day
     * of the Dutch calendar, and the register's response policy extends by at most two further months.
     */
    @Test
    default void everyRequestTypeGetsADueDateWithinTheLegalBoundsOnTheDutchCalendar() {
        Register register = register();
        int cap = register.responsePolicy().map(ResponsePolicy::maximumExtensionMonths)
                .getOrElse(ResponsePolicy.MAXIMUM_EXTENSION_MONTHS);
        Deadlines deadlines = new Deadlines(DutchCalendar.statutory(), Deadlines.AMSTERDAM,
                Deadlines.Suspension.SUSPEND);
        ZoneId zone = Deadlines.AMSTERDAM;
        Gen<RightsRequest> requests = c -> RightsRequest.received("request", SUBJECT,
                Gens.elements(RequestType.values()).generate(c), Gens.instants(Instant.parse("2000-01-01T00:00:00Z"),
                        Instant.parse("2150-01-01T00:00:00Z")).generate(c));
        Property.forAll(requests).tries(tries()).checkThat(r -> {
            LocalDate received = r.receivedAt().atZone(zone).toLocalDate();
            LocalDate due = deadlines.due(r).dueDate().get();
            assertTrue(!due.isBefore(received.plusMonths(1)) && !due.isAfter(received.plusMonths(1).plusDays(6)),
                    () -> r.type() + " [AVG 12(3)]: received " + received + ", due " + due);
            assertTrue(cap >= 0 && cap <= ResponsePolicy.MAXIMUM_EXTENSION_MONTHS, () -> "[AVG 12(3)]: the policy"
                    + " extends by " + cap + " months");
        });
    }

    // --- AVG 21: an upheld objection stops legitimate interests; direct marketing always ---

    /**
     * AVG art. 21: after an upheld objection no processing on legitimate interests goes on
     * (art. 21(1)), and an objection to direct marketing stops it on receipt, without a decision
     * (art. 21(3)). Passes trivially when no purpose rests on legitimate interests or is direct marketing.
     */
    @Test
    default void anUpheldObjectionStopsEveryLegitimateInterestsPurposeAndDirectMarketingAlways() {
        Register register = register();
        List<Purpose> objectable = register.purposes().filter(p -> p.directMarketing()
                || p.restsOn(LawfulBasis.LEGITIMATE_INTERESTS));
        if (objectable.isEmpty()) {
            return;
        }
        Decider decider = Decider.of(register);
        Gen<Operation> ops = c -> ordinaryUse(register, Gens.elementsOf(objectable).generate(c)).generate(c);
        Property.forAll(ops).tries(tries()).checkThat(op -> {
            Purpose p = register.purpose(op.purposeId()).get();
            Instant at = Instant.parse("2026-06-01T00:00:00Z");
            // as the subject's rights use case records it: upheld on receipt for direct marketing (21(3))
            SubjectState received = SubjectState.empty(SUBJECT).object(p, at.minusSeconds(86_400)).getOrElseThrow(
                    r -> new AssertionError("purpose '" + p.id() + "': the objection was refused: " + r));
            SubjectState objected = p.directMarketing() ? received : received.uphold(p.id(), at.minusSeconds(3_600))
                    .getOrElseThrow(r -> new AssertionError("purpose '" + p.id() + "': not upheld: " + r));
            List<Citation> why = citations(decider.decide(op, objected, consentFor(register, op), at));
            Citation expected = Citation.avg(p.directMarketing() ? "21(3)" : "21(1)");
            assertTrue(why.contains(expected), () -> "purpose '" + p.id() + "' [AVG " + expected.provision()
                    + "]: processing went on after " + (p.directMarketing() ? "an objection to direct marketing"
                    : "an upheld objection") + ": " + why);
        });
    }
}

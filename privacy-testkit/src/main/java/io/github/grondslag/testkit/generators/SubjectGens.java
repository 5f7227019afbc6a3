package io.github.grondslag.testkit.generators;

import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Generators for a subject's side: ids, consent ledgers in time order (AVG 7), restrictions (18),
 * objections (21), whole subject states, and operations on a register for the processing decision.
 * Instants lie on the time line from {@link #START}; everything shrinks through the property
 * engine's choice sequence towards early instants, few events and the first values of each enum.
 */
public final class SubjectGens {

    /** The start of the generated time line. */
    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    /** The end of the generated time line. */
    public static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

    private SubjectGens() {
    }

    /**
     * {@return subject ids {@code subject-1} to {@code subject-10000}: opaque references, never a
     * name or other personal data; shrinks towards {@code subject-1}}
     */
    public static Gen<SubjectId> subjectIds() {
        return Gens.integers(1, 10_000).map(n -> SubjectId.of("subject-" + n));
    }

    /** {@return instants from {@link #START} to {@link #END}, shrinking towards {@link #START}} */
    public static Gen<Instant> instants() {
        return Gens.instants(START, END);
    }

    /**
     * {@return the events of one ledger, zero to six, in time order, as the ledger accepts them:
     * consent is given before it is withdrawn, and may be given again (renewed) at any time. The
     * first event falls on the time line, each next one up to 200,000 minutes (about 139 days)
     * after the one before (possibly at the same instant, and possibly past {@link #END}), through
     * any channel; a consent given names a statement version and an evidence reference}
     */
    public static Gen<List<ConsentEvent>> consentEvents() {
        return c -> {
            int count = Gens.integers(0, 6).generate(c);
            Instant at = instants().generate(c);
            boolean given = false;
            List<ConsentEvent> events = List.empty();
            for (int i = 0; i < count; i++) {
                at = at.plus(Duration.ofMinutes(Gens.integers(0, 200_000).generate(c)));
                boolean withdraw = given && Gens.booleans().generate(c);
                Channel channel = Gens.elements(Channel.values()).generate(c);
                events = events.append(withdraw
                        ? new ConsentEvent.Withdrawn(at, channel)
                        : new ConsentEvent.Given(at, Option.some(LocalDate.of(2023, 5, 1)), channel, "evidence-" + i));
                given = !withdraw;
            }
            return events;
        };
    }

    /**
     * Consent ledgers of one subject and one purpose, with the events of {@link #consentEvents()}.
     *
     * @param subject the data subject the consents are of
     * @param purposeId the id of the register's purpose the consents are for
     * @return a generator of consent ledgers of that subject and purpose
     */
    public static Gen<ConsentLedger> ledger(SubjectId subject, String purposeId) {
        return consentEvents().map(events -> new ConsentLedger(subject, purposeId, events));
    }

    /**
     * Restrictions of processing (AVG 18) on any ground of 18(1), from an instant on the time line,
     * still active or lifted 1 to 500,000 minutes (about a year) later, with no purposes the subject
     * consented to despite them.
     *
     * @param id the id of every generated restriction
     * @return a generator of restrictions with that id
     */
    public static Gen<Restriction> restriction(String id) {
        return c -> {
            Instant from = instants().generate(c);
            Option<Instant> lifted = Gens.optionOf(Gens.integers(1, 500_000)
                    .map(m -> from.plus(Duration.ofMinutes(m)))).generate(c);
            return new Restriction(id, Gens.elements(RestrictionGround.values()).generate(c), from, lifted,
                    HashSet.empty());
        };
    }

    /**
     * Objections (AVG 21) to a purpose, received on the time line. An objection to direct
     * marketing is always upheld on receipt (21(3)); any other is pending, upheld, or overridden on
     * one of the grounds of 21(1), decided 0 to 60 days after receipt.
     *
     * @param purposeId the id of the register's purpose objected to
     * @param directMarketing whether the purpose is direct marketing
     * @return a generator of objections to that purpose
     */
    public static Gen<Objection> objection(String purposeId, boolean directMarketing) {
        return c -> {
            Instant received = instants().generate(c);
            Instant decided = received.plus(Duration.ofDays(Gens.integers(0, 60).generate(c)));
            int outcome = directMarketing ? 1 : Gens.integers(0, 2).generate(c);
            Objection.Outcome o = switch (outcome) {
                case 0 -> new Objection.Outcome.Pending();
                case 1 -> new Objection.Outcome.Upheld(directMarketing ? received : decided);
                default -> new Objection.Outcome.Overridden(decided, Gens.elements(OverrideGround.values()).generate(c));
            };
            return new Objection(purposeId, received, directMarketing, o);
        };
    }

    /**
     * Subject states: zero to two restrictions of {@link #restriction(String)} (ids {@code r0},
     * {@code r1}) and an objection of {@link #objection(String, boolean)} to each of some of the
     * register's purposes (possibly none), in the order of the register's purposes; the version
     * counts them.
     *
     * @param subject the data subject the state is of
     * @param register the register whose purposes the objections name
     * @return a generator of subject states
     */
    public static Gen<SubjectState> subjectState(SubjectId subject, Register register) {
        return c -> {
            List<Restriction> restrictions = List.range(0, Gens.integers(0, 2).generate(c))
                    .map(i -> restriction("r" + i).generate(c));
            List<Objection> objections = RegisterGens.subset(register.purposes()).generate(c)
                    .map(p -> objection(p.id(), p.directMarketing()).generate(c));
            return new SubjectState(subject, restrictions, objections, restrictions.size() + objections.size());
        };
    }

    /**
     * Consent ledgers of {@link #ledger(SubjectId, String)} of a subject, one for each of some of
     * the register's purposes (possibly none), in the order of the register's purposes.
     *
     * @param subject the data subject the consents are of
     * @param register the register whose purposes the ledgers are for
     * @return a generator of lists of consent ledgers
     */
    public static Gen<List<ConsentLedger>> ledgers(SubjectId subject, Register register) {
        return c -> RegisterGens.subset(register.purposes()).generate(c).map(p -> ledger(subject, p.id()).generate(c));
    }

    /**
     * Operations the register declares: one of its purposes, one of that purpose's subject
     * categories and some of its data categories (at least one); about one in five is mere
     * storage, and about half rely on an exception of art. 18(2).
     *
     * @param subject the data subject the operations are about
     * @param register the register whose purposes are used; it must have at least one purpose,
     *                 each with at least one subject category
     * @return a generator of operations within what the register declares
     */
    public static Gen<Operation> declaredOperation(SubjectId subject, Register register) {
        return c -> {
            Purpose p = Gens.elementsOf(register.purposes()).generate(c);
            return new Operation(subject, Gens.elementsOf(p.subjectCategories()).generate(c), p.id(),
                    RegisterGens.nonEmptySubset(p.dataCategories()).generate(c),
                    Gens.integers(0, 4).generate(c) == 4,
                    Gens.optionOf(Gens.elements(RestrictionException.values())).generate(c));
        };
    }

    /**
     * An operation on one of the register's purposes that may step outside what the register
     * declares for it: about one in five uses a subject category the purpose does not declare (one
     * of the register's others, or one the register does not know), and about one in four adds a
     * data category of the register the purpose does not declare (special or criminal data among
     * them). The rest is as {@link #declaredOperation}.
     *
     * @param subject the data subject the operations are about
     * @param register the register whose purposes are used; it must have at least one purpose,
     *                 each with at least one subject category
     * @return a generator of operations, some outside what the register declares
     */
    public static Gen<Operation> operation(SubjectId subject, Register register) {
        return c -> {
            Operation declared = declaredOperation(subject, register).generate(c);
            Purpose p = register.purpose(declared.purposeId()).get();
            String subjectCategory = declared.subjectCategory();
            if (Gens.integers(0, 4).generate(c) == 0) {
                List<String> others = register.subjectCategories().map(s -> s.id())
                        .filter(s -> !p.subjectCategories().contains(s)).append("undeclared-subjects");
                subjectCategory = Gens.elementsOf(others).generate(c);
            }
            List<String> data = declared.dataCategories();
            List<String> undeclared = register.dataCategories().map(d -> d.id())
                    .filter(d -> !p.dataCategories().contains(d));
            if (undeclared.nonEmpty() && Gens.integers(0, 3).generate(c) == 0) {
                data = data.append(Gens.elementsOf(undeclared).generate(c));
            }
            return new Operation(subject, subjectCategory, p.id(), data, declared.storageOnly(),
                    declared.restrictionException());
        };
    }
}

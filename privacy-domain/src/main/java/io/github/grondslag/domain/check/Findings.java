package io.github.grondslag.domain.check;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.Purpose;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.function.Function;

/** Small builders the rule sets share, so that findings read the same everywhere. */
public final class Findings {

    private Findings() {
    }

    /**
     * An error: the register states what the law forbids, or leaves out what it requires.
     *
     * @param rule     the rule that found it
     * @param citation the provision it rests on
     * @param element  the element of the register it concerns
     * @param message  what is wrong, for a privacy officer
     * @return the finding, of severity {@link Severity#ERROR}
     */
    public static Finding error(Rule rule, Citation citation, String element, String message) {
        return new Finding(rule, Severity.ERROR, citation, element, message);
    }

    /**
     * A warning: the register is silent about a fact, or the law leaves room for judgement.
     *
     * @param rule     the rule that found it
     * @param citation the provision it rests on
     * @param element  the element of the register it concerns
     * @param message  what to find out or to weigh, for a privacy officer
     * @return the finding, of severity {@link Severity#WARNING}
     */
    public static Finding warning(Rule rule, Citation citation, String element, String message) {
        return new Finding(rule, Severity.WARNING, citation, element, message);
    }

    /**
     * An error about a purpose; the message continues "the purpose ...".
     *
     * @param rule     the rule that found it
     * @param citation the provision it rests on
     * @param p        the purpose, named as the finding's element
     * @param message  the rest of the sentence after "the purpose "
     * @return the finding, of severity {@link Severity#ERROR}
     */
    public static Finding error(Rule rule, Citation citation, Purpose p, String message) {
        return error(rule, citation, element(p), "the purpose " + message);
    }

    /**
     * A warning about a purpose; the message continues "the purpose ...".
     *
     * @param rule     the rule that found it
     * @param citation the provision it rests on
     * @param p        the purpose, named as the finding's element
     * @param message  the rest of the sentence after "the purpose "
     * @return the finding, of severity {@link Severity#WARNING}
     */
    public static Finding warning(Rule rule, Citation citation, Purpose p, String message) {
        return warning(rule, citation, element(p), "the purpose " + message);
    }

    /**
     * How a purpose is named in a finding.
     *
     * @param p the purpose
     * @return {@code purpose '<id>'}, with the purpose's id
     */
    public static String element(Purpose p) {
        return "purpose '" + p.id() + "'";
    }

    /**
     * The finding when the condition holds.
     *
     * @param condition whether the rule is broken
     * @param finding   makes the finding; called only when the condition holds
     * @return the finding, or none when the condition does not hold
     */
    public static Option<Finding> when(boolean condition, java.util.function.Supplier<Finding> finding) {
        return condition ? Option.some(finding.get()) : Option.none();
    }

    /**
     * The findings that are there, in order.
     *
     * @param findings findings that may or may not be there, as {@link #when} gives them
     * @return the findings that are there, in the order given
     */
    @SafeVarargs
    public static Seq<Finding> all(Option<Finding>... findings) {
        return List.of(findings).flatMap(Function.identity());
    }

    /**
     * The ids of categories, for a message.
     *
     * @param categories the data categories
     * @return their ids, separated by ", "
     */
    public static String ids(Seq<DataCategory> categories) {
        return categories.map(DataCategory::id).mkString(", ");
    }
}

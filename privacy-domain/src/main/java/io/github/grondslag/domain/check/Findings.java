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

    public static Finding error(Rule rule, Citation citation, String element, String message) {
        return new Finding(rule, Severity.ERROR, citation, element, message);
    }

    public static Finding warning(Rule rule, Citation citation, String element, String message) {
        return new Finding(rule, Severity.WARNING, citation, element, message);
    }

    /** An error about a purpose; the message continues "the purpose ...". */
    public static Finding error(Rule rule, Citation citation, Purpose p, String message) {
        return error(rule, citation, element(p), "the purpose " + message);
    }

    /** A warning about a purpose; the message continues "the purpose ...". */
    public static Finding warning(Rule rule, Citation citation, Purpose p, String message) {
        return warning(rule, citation, element(p), "the purpose " + message);
    }

    /** How a purpose is named in a finding. */
    public static String element(Purpose p) {
        return "purpose '" + p.id() + "'";
    }

    /** The finding when the condition holds. */
    public static Option<Finding> when(boolean condition, java.util.function.Supplier<Finding> finding) {
        return condition ? Option.some(finding.get()) : Option.none();
    }

    /** The findings that are there, in order. */
    @SafeVarargs
    public static Seq<Finding> all(Option<Finding>... findings) {
        return List.of(findings).flatMap(Function.identity());
    }

    /** The ids of categories, for a message. */
    public static String ids(Seq<DataCategory> categories) {
        return categories.map(DataCategory::id).mkString(", ");
    }
}

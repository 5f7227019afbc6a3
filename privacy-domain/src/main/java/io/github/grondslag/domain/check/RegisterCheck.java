package io.github.grondslag.domain.check;

import io.github.grondslag.domain.check.gdpr.GdprRules;
import io.github.grondslag.domain.check.nl.DutchLayer;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The register check: a pure function from a {@link Register} to the {@link Finding findings} a
 * privacy officer must see. It reports what the statement says; it repairs nothing.
 *
 * <p>It applies the GDPR's rules ({@link GdprRules}) and the national layer of the controller's
 * member state. A controller in a member state without a layer, or with none stated, gets the
 * GDPR's rules and one finding that says which national rules were not checked.
 * docs/register-check.md lists every rule with its provisions and its severity policy.
 */
public final class RegisterCheck {

    /** The national layers this library ships. */
    public static final List<NationalLayer> LAYERS = List.of(DutchLayer.INSTANCE);

    private RegisterCheck() {
    }

    /**
     * Every finding on the register, with the layers this library ships ({@link #LAYERS}).
     *
     * @param register the controller's register of processing
     * @return the GDPR's findings, then those of the national layer (or the one finding that no
     *         national layer was applied); an empty list when the register breaks no rule
     */
    public static List<Finding> check(Register register) {
        return check(register, LAYERS);
    }

    /**
     * Every finding on the register, with the given national layers (one's own, for instance). The
     * layer applied is the first whose {@link NationalLayer#memberState()} is the controller's member
     * state.
     *
     * @param register the controller's register of processing
     * @param layers   the national layers to choose from
     * @return the GDPR's findings, then those of the national layer; when no layer is for the
     *         controller's member state, or the register names none, one warning ({@code N1}) instead
     *         that says which national rules were not checked
     */
    public static List<Finding> check(Register register, Seq<NationalLayer> layers) {
        Option<String> state = register.controller().memberState();
        Option<NationalLayer> layer = state.flatMap(s -> layers.find(l -> l.memberState().equals(s)));
        Seq<Finding> national = layer.map(l -> l.check(register)).getOrElse(() -> List.of(notChecked(state)));
        return List.ofAll(GdprRules.INSTANCE.check(register)).appendAll(national);
    }

    /**
     * Whether any finding is an error: the register, as written, breaks the law.
     *
     * @param findings the findings of a check
     * @return {@code true} when at least one finding is of severity {@link Severity#ERROR}
     */
    public static boolean hasErrors(Seq<Finding> findings) {
        return findings.exists(Finding::isError);
    }

    private static Finding notChecked(Option<String> state) {
        String which = state.map(s -> "the controller is established in " + s + ", for which this check has no"
                + " national layer").getOrElse("the register names no member state of establishment (a controller not established in the"
                + " Union must designate a representative, 27(1), and name it, 13(1)(a))");
        return Findings.warning(LayerRule.N1_NATIONAL_LAW_NOT_CHECKED, new Citation("AVG", "recital 10"),
                "controller", which + ": only the GDPR's rules were checked. Not checked: the national rules"
                        + " on criminal data (10) and on national identification numbers (87), the member-state law"
                        + " that 9(2)(b), (g)-(j) and 22(2)(b) rely on, the national cookie rule (ePrivacy"
                        + " Directive 5(3)), the national rule on electronic direct marketing (ePrivacy Directive 13),"
                        + " the age of a child's consent (8(1)) and national exceptions to the rights (23).");
    }

    /** The rule of the check itself, outside any rule set. */
    public enum LayerRule implements Rule {
        /** N1: no national layer was applied, so only the GDPR's rules were checked (AVG recital 10). */
        N1_NATIONAL_LAW_NOT_CHECKED;

        @Override
        public String summary() {
            return "the national rules of the controller's member state were not checked (no layer for it)";
        }
    }
}

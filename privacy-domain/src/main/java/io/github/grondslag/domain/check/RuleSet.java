package io.github.grondslag.domain.check;

import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A set of rules of the register check: the GDPR's, or the national rules of one member state
 * (a layer). A rule set is a pure function of the register.
 */
public interface RuleSet {

    /** {@return what the set checks, named for a privacy officer ("AVG/GDPR", "Netherlands: UAVG, ...")} */
    String name();

    /** {@return the rules of the set, for documentation and for tests that each rule can fire} */
    List<? extends Rule> rules();

    /**
     * Every finding of the set on the register.
     *
     * @param register the controller's register of processing
     * @return the findings, in the set's own order; empty when the register breaks none of its rules
     */
    Seq<Finding> check(Register register);
}

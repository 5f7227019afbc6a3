/**
 * Deliberately bad classes, one per architecture rule, in a package the rules cover. They live in
 * test sources only; {@code DomainRulesCanFailTest} shows that each rule rejects its fixture.
 */
package io.github.grondslag.domain.badfixture;

package io.github.grondslag.domain.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture of the pure core (docs/architecture.md) as rules. They are applied to the domain's
 * classes by {@link DomainArchitectureTest} and to deliberately bad fixtures by
 * {@link DomainRulesCanFailTest}, so that no rule passes by checking nothing.
 */
final class DomainRules {

    static final String DOMAIN = "io.github.grondslag.domain..";
    static final String LAW = "io.github.grondslag.domain.law..";
    static final String PORTS = "io.github.grondslag.domain.port..";
    static final String USE_CASES = "io.github.grondslag.domain.usecase..";
    /** The root package of the register check: the GDPR's rules below it in {@code gdpr}, national layers beside. */
    static final String CHECK = "io.github.grondslag.domain.check";
    static final String[] MODEL = {LAW, "io.github.grondslag.domain.register..", "io.github.grondslag.domain.subject..",
            "io.github.grondslag.domain.decision..", "io.github.grondslag.domain.request..",
            "io.github.grondslag.domain.record..", "io.github.grondslag.domain.retention..",
            "io.github.grondslag.domain.notice..", "io.github.grondslag.domain.audit..", CHECK + ".."};

    private DomainRules() {
    }

    /** Allow-list: the domain uses the JDK's java.* and vavr, and itself; nothing else. */
    static final ArchRule ONLY_JDK_AND_VAVR = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", DOMAIN)
            .because("the domain depends on nothing but the JDK and vavr (docs/architecture.md): no Jackson, no slf4j");

    /** No file system, streams or reflection in the domain. */
    static final ArchRule NO_IO_OR_REFLECTION = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.lang.reflect..")
            .because("the domain does no I/O and uses no reflection (docs/architecture.md)");

    /** No reading of the system clock or of randomness: time and ids are passed in. */
    static final ArchRule NO_CLOCK = noClasses().that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(target(name("now")).and(target(owner(are(timeType())))))
            .orShould().callMethodWhere(target(name("currentTimeMillis")).and(target(owner(are(system())))))
            .orShould().callMethodWhere(target(name("nanoTime")).and(target(owner(are(system())))))
            .orShould().callMethodWhere(target(name("systemUTC")).or(target(name("systemDefaultZone"))))
            .orShould().callMethodWhere(target(name("randomUUID")))
            .because("the domain never reads the clock; a java.time.Clock or an instant is passed in (docs/architecture.md)");

    /** Immutable everywhere: every field of a domain type is final, static ones included. */
    static final ArchRule FIELDS_FINAL = fields().that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .should().beFinal()
            .because("domain types are immutable and hold no mutable static state (docs/architecture.md)");

    /** The law's vocabularies are the bottom layer: they know nothing of registers or decisions. */
    static final ArchRule LAW_IS_THE_BOTTOM_LAYER = noClasses().that().resideInAPackage(LAW)
            .should().dependOnClassesThat(resideInAPackage(DOMAIN).and(not(resideInAPackage(LAW))))
            .because("the law's vocabularies know nothing of registers, consent or requests");

    /**
     * The model (law, register, subject, decision, request, record, retention, notice, check) never depends
     * on the use cases.
     * It may use a port that is a domain service, such as {@code WorkingDays} for deadlines.
     */
    static final ArchRule MODEL_INDEPENDENT_OF_USE_CASES = modelIndependentOfUseCases(MODEL);

    /** The rule above for the given model packages (the fixtures' package in its own test). */
    static ArchRule modelIndependentOfUseCases(String... modelPackages) {
        return noClasses().that().resideInAnyPackage(modelPackages)
                .should().dependOnClassesThat().resideInAnyPackage(USE_CASES)
                .because("inside the domain, the model does not depend on the application services (docs/architecture.md)");
    }

    /**
     * The GDPR's rules of the register check depend on no national layer (docs/register-check.md):
     * a member state's layer is a package of its own, so that a new one is added without touching
     * them.
     */
    static final ArchRule GDPR_RULES_INDEPENDENT_OF_NATIONAL_LAYERS = gdprRulesIndependentOfNationalLayers(CHECK);

    /**
     * The rule above under a given root package of the check (the fixtures' in its own test):
     * classes in {@code root.gdpr..} may use the root package itself and {@code root.gdpr..}, and
     * nothing else under {@code root..}, so that every national layer, present or future, is
     * forbidden to them. It fails when {@code root.gdpr..} holds no class, so that it never passes
     * by checking nothing.
     */
    static ArchRule gdprRulesIndependentOfNationalLayers(String root) {
        String gdpr = root + ".gdpr..";
        return noClasses().that().resideInAPackage(gdpr)
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAPackage(gdpr)))
                        .and(not(resideInAPackage(root))))
                .because("the GDPR's rules never depend on a national layer; a member state's rules are a layer of"
                        + " their own, picked by the controller's member state (docs/register-check.md)")
                .allowEmptyShould(false);
    }

    /** Ports are interfaces; the values they exchange are records. */
    static final ArchRule PORTS_ARE_INTERFACES = classes().that().resideInAPackage(PORTS)
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().beInterfaces().orShould().beRecords()
            .because("ports are interfaces that adapters implement (docs/architecture.md)");

    private static DescribedPredicate<JavaClass> timeType() {
        return DescribedPredicate.describe("a java.time type", c -> c.getPackageName().equals("java.time"));
    }

    private static DescribedPredicate<JavaClass> system() {
        return DescribedPredicate.describe("java.lang.System", c -> c.isEquivalentTo(System.class));
    }
}

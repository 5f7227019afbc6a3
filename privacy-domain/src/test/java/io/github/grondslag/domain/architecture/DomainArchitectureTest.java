package io.github.grondslag.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain's architecture rules (docs/architecture.md), run on the domain's production classes. */
@AnalyzeClasses(packages = "io.github.grondslag.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkAndVavr = DomainRules.ONLY_JDK_AND_VAVR;

    @ArchTest
    static final ArchRule domainDoesNoIoAndNoReflection = DomainRules.NO_IO_OR_REFLECTION;

    @ArchTest
    static final ArchRule domainNeverReadsTheClock = DomainRules.NO_CLOCK;

    @ArchTest
    static final ArchRule domainFieldsAreFinal = DomainRules.FIELDS_FINAL;

    @ArchTest
    static final ArchRule lawIsTheBottomLayer = DomainRules.LAW_IS_THE_BOTTOM_LAYER;

    @ArchTest
    static final ArchRule modelIsIndependentOfUseCases = DomainRules.MODEL_INDEPENDENT_OF_USE_CASES;

    @ArchTest
    static final ArchRule portsAreInterfaces = DomainRules.PORTS_ARE_INTERFACES;

    /** Fails, too, when the package of the GDPR's rules is empty (the rule does not allow an empty should). */
    @ArchTest
    static final ArchRule gdprRulesAreIndependentOfNationalLayers = DomainRules.GDPR_RULES_INDEPENDENT_OF_NATIONAL_LAYERS;
}

package io.github.grondslag.testkit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The testkit's own rules (docs/architecture.md, docs/property-testing.md), on its production classes. */
@AnalyzeClasses(packages = "io.github.grondslag", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

    /** The property engine and generators work inside any test framework, so they depend on none. */
    @ArchTest
    static final ArchRule engineAndGeneratorsUseNoTestFramework = noClasses()
            .that().resideInAnyPackage("io.github.grondslag.testkit.property..", "io.github.grondslag.testkit.generators..")
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "net.jqwik..")
            .because("docs/property-testing.md: the engine has no dependency on any test framework");

    /** Only the command line knows picocli. */
    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("io.github.grondslag.testkit.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** The domain, seen from the whole classpath, still knows no adapter, Jackson, slf4j or picocli. */
    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that().resideInAPackage("io.github.grondslag.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.grondslag.adapters..",
                    "io.github.grondslag.testkit..", "tools.jackson..", "com.fasterxml..", "org.slf4j..", "picocli..");

    /** Jackson stays inside the JSON adapter. */
    @ArchTest
    static final ArchRule jacksonStaysInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("io.github.grondslag.adapters.json..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    /** The register file format and the stores are packages of their own that know nothing of each other. */
    @ArchTest
    static final ArchRule registerFormatKnowsNoStore = noClasses()
            .that().resideInAPackage("io.github.grondslag.adapters.json.register..")
            .should().dependOnClassesThat().resideInAPackage("io.github.grondslag.adapters.json.store..");

    @ArchTest
    static final ArchRule storesKnowNoRegisterFormat = noClasses()
            .that().resideInAPackage("io.github.grondslag.adapters.json.store..")
            .should().dependOnClassesThat().resideInAPackage("io.github.grondslag.adapters.json.register..");
}

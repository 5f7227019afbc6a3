package io.github.grondslag.adapters.postgres;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adapter is plain JDBC (docs/postgres.md): its classes use the JDK ({@code java.sql}, {@code javax.sql}),
 * vavr and the domain, nothing of the driver, no ORM, no framework, no logging.
 */
class PostgresAdapterArchitectureTest {

    static final ArchRule PLAIN_JDBC = classes().that().resideInAPackage("io.github.grondslag.adapters.postgres..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "io.vavr..",
                    "io.github.grondslag.domain..", "io.github.grondslag.adapters.postgres..")
            .because("the store works on any DataSource of the insurer, through JDBC alone");

    @Test
    void theAdapterIsPlainJdbcOverTheDomain() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.grondslag.adapters.postgres");
        assertTrue(main.contain(PostgresStore.class));
        PLAIN_JDBC.check(main);
    }

    @Test
    void theRuleCanFail() {
        // the tests' holder uses the driver's data source and Flyway: the rule names it
        JavaClasses fixture = new ClassFileImporter().importClasses(TestPostgres.class);
        AssertionError e = assertThrows(AssertionError.class, () -> PLAIN_JDBC.check(fixture));
        assertTrue(e.getMessage().contains(TestPostgres.class.getName()));
    }
}

package org.partnershipledger.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** The dependency rules of ARCHITECTURE.md, checked against the production code of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnershipledger");
    }

    static Stream<ArchRule> rules() {
        return RuleCatalogue.all(new ArchitectureRules("org.partnershipledger"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void production_code_keeps_the_rule(ArchRule rule) {
        rule.check(production);
    }
}

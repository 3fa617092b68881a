package com.wedsync.guardian;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * guardian-core is the pure domain: it imports java.*, slf4j-api, Apache Commons Math (pure
 * computation, for the forecast) and RE2/J (a pure-Java regex engine, no I/O: user-supplied matchers run in
 * linear time), nothing that does I/O.
 */
class CoreHasNoIoDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.wedsync.guardian");

    @Test
    void coreDependsOnlyOnTheJdkAndSlf4j() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "javax.annotation..", "org.slf4j..", "org.apache.commons.math3..", "com.google.re2j..",
                        "com.wedsync.guardian..")
                .because("guardian-core must stay free of I/O libraries and frameworks");
        rule.check(CORE);
    }

    @Test
    void coreDoesNotUseJdkIoApis() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "java.net..", "java.nio.channels..", "javax.management..",
                        "java.net.http..", "javax.sql..", "java.rmi..")
                .because("I/O happens at the edges, never in the domain");
        rule.check(CORE);
    }
}

package org.partnershipledger.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of ARCHITECTURE.md, written over a root package so that the same rules check the production code
 * ({@code org.partnershipledger}) and, in {@link ArchitectureRulesCatchViolationsTest}, a tree of deliberate violations.
 * Every rule refuses to pass on an empty set of classes, so a rule pointed at a package that does not exist fails.
 */
final class ArchitectureRules {

    private static final String[] JAVA = {"java..", "javax.annotation.."};
    private static final String[] AXON_MODEL = {"org.axonframework.modelling..", "org.axonframework.eventsourcing..",
            "org.axonframework.commandhandling..", "org.axonframework.messaging.."};
    private static final String[] AXON_MESSAGING = {"org.axonframework.messaging..",
            "org.axonframework.eventhandling..", "org.axonframework.queryhandling..",
            "org.axonframework.commandhandling..", "org.axonframework.modelling.saga.."};

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String domain() {
        return root + ".domain..";
    }

    private String application() {
        return root + ".application..";
    }

    private String projections() {
        return root + ".projections..";
    }

    private String app() {
        return root + ".app..";
    }

    private String[] hexagon() {
        return new String[]{domain(), application(), projections()};
    }

    /** Rule 1: the domain depends on Java and Axon's modelling API only. */
    ArchRule domainDependsOnlyOnJavaAndAxonModelling() {
        return classes().that().resideInAPackage(domain())
                .should().onlyDependOnClassesThat(resideInAnyPackage(concat(JAVA, AXON_MODEL, domain()))
                        .or(isAxonRevisionAnnotation()))
                .as("rule 1: domain depends only on java.. and Axon modelling, eventsourcing, commandhandling, messaging")
                .allowEmptyShould(false);
    }

    /**
     * Rule 2: application and projections depend on the domain, Java and Axon messaging only. A process policy may
     * name its processing group, as a projection does (ADR 010).
     */
    ArchRule applicationDependsOnlyOnDomainAndMessaging() {
        return classes().that().resideInAPackage(application())
                .should().onlyDependOnClassesThat(resideInAnyPackage(concat(JAVA, AXON_MESSAGING, domain(), application()))
                        .or(isAxonProcessingGroupAnnotation()))
                .as("rule 2: application depends only on domain, java.. and Axon messaging")
                .allowEmptyShould(false);
    }

    /** Rule 2: projections may also read the query and view records of application, and name their processing group. */
    ArchRule projectionsDependOnlyOnDomainApplicationAndMessaging() {
        return classes().that().resideInAPackage(projections())
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage(concat(JAVA, AXON_MESSAGING, domain(), application(), projections()))
                                .or(isAxonProcessingGroupAnnotation()))
                .as("rule 2: projections depend only on domain, application, java.. and Axon messaging")
                .allowEmptyShould(false);
    }

    /**
     * Rule 2a: the hexagon opens no connection of its own. {@code java..} is allowed to it, but the JDK's HTTP client
     * and server and JDBC are technology: a policy that must reach the world does it through a port (ADR 020).
     */
    ArchRule hexagonOpensNoConnections() {
        return noClasses().that().resideInAnyPackage(hexagon())
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.sun.net.httpserver..",
                        "java.sql..", "javax.sql..")
                .as("rule 2a: domain, application and projections use no HTTP client or server and no JDBC")
                .allowEmptyShould(false);
    }

    /** Rule 3: adapters never depend on each other. */
    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .as("rule 3: adapters do not depend on each other")
                .allowEmptyShould(false);
    }

    /** Rule 4: nothing depends on the composition root. */
    ArchRule nothingDependsOnApp() {
        return noClasses().that().resideOutsideOfPackage(app())
                .should().dependOnClassesThat().resideInAPackage(app())
                .as("rule 4: nothing depends on app")
                .allowEmptyShould(false);
    }

    /** Rule 4: only app declares beans. */
    ArchRule onlyAppWiresBeans() {
        return noClasses().that().resideOutsideOfPackage(app())
                .should().beMetaAnnotatedWith(Configuration.class)
                .orShould().dependOnClassesThat().belongToAnyOf(Bean.class)
                .as("rule 4: only app declares @Configuration and @Bean")
                .allowEmptyShould(false);
    }

    /** Rule 4: nothing inside the hexagon is a Spring component. */
    ArchRule noComponentsInsideTheHexagon() {
        return noClasses().that().resideInAnyPackage(hexagon())
                .should().beMetaAnnotatedWith(Component.class)
                .as("rule 4: no @Component inside the hexagon")
                .allowEmptyShould(false);
    }

    /** Rule 5: commands, events and queries are records in packages of their own; events carry a revision. */
    ArchRule commandsAreRecords() {
        return messagesAreRecords("commands");
    }

    ArchRule queriesAreRecords() {
        return messagesAreRecords("queries");
    }

    ArchRule eventsAreRevisionedRecords() {
        return classes().that().resideInAPackage(root + "..events..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should(beRecords()).andShould().beAnnotatedWith(Revision.class)
                .as("rule 5: events are records with a @Revision, in an events package")
                .allowEmptyShould(false);
    }

    /** Rule 5: aggregates are sourced in the domain only. */
    ArchRule eventSourcingHandlersOnlyInDomain() {
        return noMethods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should().beDeclaredInClassesThat().resideOutsideOfPackage(domain())
                .as("rule 5: @EventSourcingHandler only in domain")
                .allowEmptyShould(false);
    }

    /** Rule 5: queries are answered by projections only. */
    ArchRule queryHandlersOnlyInProjections() {
        return methods().that().areAnnotatedWith(QueryHandler.class)
                .should().beDeclaredInClassesThat().resideInAPackage(projections())
                .as("rule 5: @QueryHandler only in projections")
                .allowEmptyShould(false);
    }

    /** Rule 5: commands are handled by aggregates, which live in the domain. */
    ArchRule commandHandlersOnlyInDomain() {
        return methods().that().areAnnotatedWith(CommandHandler.class)
                .should().beDeclaredInClassesThat().resideInAPackage(domain())
                .as("rule 5: @CommandHandler only in domain")
                .allowEmptyShould(false);
    }

    private ArchRule messagesAreRecords(String kind) {
        return classes().that().resideInAPackage(root + ".." + kind + "..").and().doNotHaveSimpleName("package-info")
                .should(beRecords())
                .as("rule 5: " + kind + " are records in a " + kind + " package")
                .allowEmptyShould(false);
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> beRecords() {
        return new com.tngtech.archunit.lang.ArchCondition<>("be records") {
            @Override
            public void check(JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                boolean nestedInRecord = type.getEnclosingClass().map(JavaClass::isRecord).orElse(false);
                if (!type.isRecord() && !nestedInRecord) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                            type.getName() + " is not a record"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> isAxonRevisionAnnotation() {
        return describe("Axon's @Revision", type -> type.isEquivalentTo(Revision.class));
    }

    private static DescribedPredicate<JavaClass> isAxonProcessingGroupAnnotation() {
        return describe("Axon's @ProcessingGroup",
                type -> type.isEquivalentTo(org.axonframework.config.ProcessingGroup.class));
    }

    private static String[] concat(String[] first, String[] second, String... more) {
        String[] all = new String[first.length + second.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(more, 0, all, first.length + second.length, more.length);
        return all;
    }
}

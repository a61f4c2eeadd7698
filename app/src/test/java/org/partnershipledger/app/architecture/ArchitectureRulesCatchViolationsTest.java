package org.partnershipledger.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.archfixture.adapters.rest.AdapterConfiguration;
import org.partnershipledger.archfixture.adapters.rest.RestReachingIntoPersistence;
import org.partnershipledger.archfixture.adapters.rest.StrayCommandHandler;
import org.partnershipledger.archfixture.adapters.webhooks.WebhooksReachingIntoPersistence;
import org.partnershipledger.archfixture.application.ApplicationUsingJdbc;
import org.partnershipledger.archfixture.application.NotifierCallingHttp;
import org.partnershipledger.archfixture.application.StrayQueryHandler;
import org.partnershipledger.archfixture.application.queries.QueryAsClass;
import org.partnershipledger.archfixture.domain.DomainDependingOnApp;
import org.partnershipledger.archfixture.domain.DomainUsingSpring;
import org.partnershipledger.archfixture.domain.commands.MutableCommand;
import org.partnershipledger.archfixture.domain.events.UnrevisionedEvent;
import org.partnershipledger.archfixture.projections.ComponentProjection;
import org.partnershipledger.archfixture.projections.ProjectionReadingTheRequest;
import org.partnershipledger.archfixture.projections.StrayEventSourcingHandler;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Proves that each architecture rule can fail: the tree under {@code org.partnershipledger.archfixture} mirrors the
 * real module layout and plants one deliberate violation per rule, and each rule must name its violator.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.partnershipledger.archfixture");
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages("org.partnershipledger.archfixture");
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                violation(ArchitectureRules::domainDependsOnlyOnJavaAndAxonModelling, DomainUsingSpring.class),
                violation(ArchitectureRules::applicationDependsOnlyOnDomainAndMessaging, ApplicationUsingJdbc.class),
                violation(ArchitectureRules::projectionsDependOnlyOnDomainApplicationAndMessaging,
                        ProjectionReadingTheRequest.class),
                violation(ArchitectureRules::hexagonOpensNoConnections, NotifierCallingHttp.class),
                violation(ArchitectureRules::adaptersDoNotDependOnEachOther, RestReachingIntoPersistence.class),
                violation(ArchitectureRules::nothingDependsOnApp, DomainDependingOnApp.class),
                violation(ArchitectureRules::onlyAppWiresBeans, AdapterConfiguration.class),
                violation(ArchitectureRules::noComponentsInsideTheHexagon, ComponentProjection.class),
                violation(ArchitectureRules::commandsAreRecords, MutableCommand.class),
                violation(ArchitectureRules::queriesAreRecords, QueryAsClass.class),
                violation(ArchitectureRules::eventsAreRevisionedRecords, UnrevisionedEvent.class),
                violation(ArchitectureRules::eventSourcingHandlersOnlyInDomain, StrayEventSourcingHandler.class),
                violation(ArchitectureRules::queryHandlersOnlyInProjections, StrayQueryHandler.class),
                violation(ArchitectureRules::commandHandlersOnlyInDomain, StrayCommandHandler.class));
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("violations")
    void each_rule_catches_its_deliberate_violation(ArchRule rule, Class<?> violator) {
        assertThatThrownBy(() -> rule.check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator.getName());
    }

    /** The webhook adapter is an adapter like the others: borrowing another adapter's classes is caught too. */
    @Test
    void the_adapter_rule_catches_a_notification_adapter_reaching_into_persistence() {
        assertThatThrownBy(() -> RULES.adaptersDoNotDependOnEachOther().check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(WebhooksReachingIntoPersistence.class.getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void every_rule_has_a_violation_fixture(ArchRule rule, Class<?> violator) {
        List<String> catalogued = RuleCatalogue.all(RULES).map(ArchRule::getDescription).toList();
        assertThat(catalogued).contains(rule.getDescription());
        assertThat(violations().count()).isEqualTo(catalogued.size());
    }

    private static Arguments violation(Function<ArchitectureRules, ArchRule> rule, Class<?> violator) {
        return arguments(rule.apply(RULES), violator);
    }
}

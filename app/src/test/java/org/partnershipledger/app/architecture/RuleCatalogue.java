package org.partnershipledger.app.architecture;

import com.tngtech.archunit.lang.ArchRule;

import java.util.stream.Stream;

/** Every rule once, so that the production test and the violation test cannot drift apart. */
final class RuleCatalogue {

    private RuleCatalogue() {
    }

    static Stream<ArchRule> all(ArchitectureRules rules) {
        return Stream.of(
                rules.domainDependsOnlyOnJavaAndAxonModelling(),
                rules.applicationDependsOnlyOnDomainAndMessaging(),
                rules.projectionsDependOnlyOnDomainApplicationAndMessaging(),
                rules.hexagonOpensNoConnections(),
                rules.adaptersDoNotDependOnEachOther(),
                rules.nothingDependsOnApp(),
                rules.onlyAppWiresBeans(),
                rules.noComponentsInsideTheHexagon(),
                rules.commandsAreRecords(),
                rules.queriesAreRecords(),
                rules.eventsAreRevisionedRecords(),
                rules.eventSourcingHandlersOnlyInDomain(),
                rules.queryHandlersOnlyInProjections(),
                rules.commandHandlersOnlyInDomain());
    }
}

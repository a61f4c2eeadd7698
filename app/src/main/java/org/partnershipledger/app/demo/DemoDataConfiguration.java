package org.partnershipledger.app.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.application.vetting.SanctionsScreening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Seeds the demo portfolio when the service is started with the program argument {@code --demo}. Seeding happens once:
 * a later start with {@code --demo} finds the portfolio in the event store and leaves it alone.
 */
@Configuration(proxyBeanMethods = false)
public class DemoDataConfiguration {

    static final String OPTION = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataConfiguration.class);

    @Bean
    ApplicationRunner demoPortfolioSeeder(CommandGateway commands, EventStore events, SanctionsScreening screening,
                                         Clock clock) {
        return arguments -> {
            if (!arguments.containsOption(OPTION)) {
                return;
            }
            if (events.readEvents(DemoPortfolio.TOSTAN.value()).hasNext()) {
                log.info("Demo portfolio already present: not seeded again");
                return;
            }
            new DemoPortfolio(commands, events, screening, LocalDate.now(clock)).seed();
            log.info("Demo portfolio seeded: six partnerships, from proposed to concluded, their partners vetted");
        };
    }
}

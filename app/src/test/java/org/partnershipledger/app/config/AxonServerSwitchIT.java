package org.partnershipledger.app.config;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Axon Server connector is on the classpath but off by default; one property switches the event store over. No
 * Axon Server runs here, so the test stops each start-up once the auto-configuration has decided which beans exist
 * (after conditions are evaluated, before anything connects) and inspects that decision.
 */
class AxonServerSwitchIT {

    @Test
    void by_default_events_are_stored_in_the_relational_database() {
        Wiring wiring = wiringFor();

        assertThat(wiring.storageEngines()).containsExactly("eventStorageEngine");
        assertThat(wiring.eventStoreSource()).doesNotContain("AxonServer");
    }

    @Test
    void enabling_axon_server_stores_events_there_instead() {
        Wiring wiring = wiringFor("--axon.axonserver.enabled=true", "--axon.axonserver.servers=127.0.0.1:1");

        assertThat(wiring.storageEngines()).isEmpty();
        assertThat(wiring.eventStoreSource()).contains("AxonServerBusAutoConfiguration");
    }

    private static Wiring wiringFor(String... switches) {
        Wiring[] seen = new Wiring[1];
        SpringApplicationBuilder application = new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(beanFactory -> {
                    seen[0] = Wiring.of(beanFactory);
                    throw new WiringInspected();
                }));
        String[] arguments = new String[switches.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--spring.datasource.url=jdbc:h2:mem:switch;DB_CLOSE_DELAY=-1";
        System.arraycopy(switches, 0, arguments, 2, switches.length);

        assertThatThrownBy(() -> application.run(arguments)).isInstanceOf(WiringInspected.class);
        return seen[0];
    }

    record Wiring(List<String> storageEngines, String eventStoreSource) {

        static Wiring of(ConfigurableListableBeanFactory beans) {
            List<String> engines = List.of(beans.getBeanNamesForType(EventStorageEngine.class, true, false));
            String[] stores = beans.getBeanNamesForType(EventStore.class, true, false);
            String source = stores.length == 0 ? "none" : beans.getBeanDefinition(stores[0]).getFactoryBeanName()
                    + " " + beans.getBeanDefinition(stores[0]).getResourceDescription();
            return new Wiring(engines, source);
        }
    }

    static class WiringInspected extends RuntimeException {
        WiringInspected() {
            super("wiring inspected; start-up stopped on purpose", null, false, false);
        }
    }
}

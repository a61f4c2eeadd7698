package org.partnershipledger.benchmarks;

import java.util.Map;

/**
 * A configuration of the service to measure: its name in the report and the arguments that make it. The tuned one is
 * the service as shipped; the baseline turns every performance setting back to Axon Framework's default.
 */
record ServiceConfiguration(String name, Map<String, String> properties) {

    static ServiceConfiguration tuned() {
        return new ServiceConfiguration("tuned", Map.of());
    }

    /**
     * Axon's defaults: tracking processors of one segment and one thread handling one event per transaction, no
     * aggregate cache, no snapshots; all of Axon's message monitors (ADR 028); and Spring Boot's default connection
     * pool. See docs/adr/015.
     */
    static ServiceConfiguration axonDefaults() {
        return new ServiceConfiguration("axon-defaults", Map.of(
                "ledger.processors.mode", "tracking",
                "ledger.processors.batch-size", "1",
                "ledger.processors.segments", "1",
                "ledger.processors.threads", "1",
                "ledger.aggregates.cache-size", "0",
                "ledger.observability.axon-message-timers", "true",
                "spring.datasource.hikari.maximum-pool-size", "10"));
    }
}

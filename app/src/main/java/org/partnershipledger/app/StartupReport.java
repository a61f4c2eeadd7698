package org.partnershipledger.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Says in one line, once the service is ready, where it listens and what it stores its data in. */
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final DataSource dataSource;

    StartupReport(Environment environment, DataSource dataSource) {
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report(ApplicationReadyEvent ready) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("Partnership Ledger is ready on http://localhost:{} (database: {}, event store: {}, profiles: {})",
                port, database(), eventStore(), String.join(",", environment.getActiveProfiles().length == 0
                        ? environment.getDefaultProfiles() : environment.getActiveProfiles()));
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    private String eventStore() {
        return environment.getProperty("axon.axonserver.enabled", Boolean.class, false)
                ? "Axon Server " + environment.getProperty("axon.axonserver.servers", "localhost:8124")
                : "relational database";
    }
}

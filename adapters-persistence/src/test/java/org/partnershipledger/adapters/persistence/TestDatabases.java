package org.partnershipledger.adapters.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** Empty databases of each vendor, migrated by the same Flyway scripts the application runs at start-up. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource h2() {
        return new SingleConnectionDataSource("jdbc:h2:mem:read-models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "", true);
    }

    /** A schema of its own on the test server, dropped when the JVM ends (ADR 007). */
    public static DataSource postgres() {
        return new SingleConnectionDataSource(PostgresTestDatabase.urlOfNewSchema(), PostgresTestDatabase.username(),
                PostgresTestDatabase.password(), true);
    }

    public static DataSource migrated(DataSource dataSource, String vendor) {
        return migrated(dataSource, vendor, MigrationVersion.LATEST);
    }

    public static DataSource migrated(DataSource dataSource, String vendor, MigrationVersion target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).target(target)
                .load().migrate();
        return dataSource;
    }
}

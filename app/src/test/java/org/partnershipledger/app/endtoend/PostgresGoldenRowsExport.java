package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Exports the golden rows from a fresh schema of the test PostgreSQL server, by hand only:
 * {@code ./mvnw -o -pl app -am verify -Dit.test=PostgresGoldenRowsExport -Dledger.export-golden-rows=true ...}
 * (golden-rows/README.md has the whole command).
 */
@EnabledIfSystemProperty(named = GoldenRowsExport.SWITCH, matches = "true",
        disabledReason = GoldenRowsExport.RUN_BY_HAND)
@RequiresPostgres
@ActiveProfiles({"default", "test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresGoldenRowsExport extends GoldenRowsExport {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }
}

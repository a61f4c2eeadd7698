package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit trail end to end on PostgreSQL, as CI and production run it. Its context, on a schema of its own that no
 * other class shares, is closed after the class, so that its connections go back to the server for the next classes.
 */
@RequiresPostgres
@DirtiesContext
@ActiveProfiles({"default", "test", "postgres"})
class PostgresAuditTrailIT extends AuditTrailContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }
}

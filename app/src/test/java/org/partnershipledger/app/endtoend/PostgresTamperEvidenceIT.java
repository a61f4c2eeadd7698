package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Tamper evidence on PostgreSQL, as production runs it. */
@RequiresPostgres
@ActiveProfiles({"default", "test", "postgres"})
class PostgresTamperEvidenceIT extends TamperEvidenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }
}

package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The partnership lifecycle on PostgreSQL. */
@RequiresPostgres
@ActiveProfiles({"default", "test", "postgres"})
class PostgresPartnershipLifecycleIT extends PartnershipLifecycleContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }
}

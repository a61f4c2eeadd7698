package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison events parked in the dead-letter queue, end to end on PostgreSQL, as issue 8 requires of CI. The context is
 * closed after the class, so that its connections do not stay open beside those of other PostgreSQL tests.
 */
@RequiresPostgres
@ActiveProfiles({"default", "test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresPoisonEventIT extends PoisonEventContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }
}

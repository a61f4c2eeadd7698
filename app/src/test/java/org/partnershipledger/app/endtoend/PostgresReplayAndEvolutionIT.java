package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replay on demand and event evolution end to end on PostgreSQL: the "rebuilt read models equal the live ones,
 * row for row, on PostgreSQL". The context is closed after the class, so that its connections do not stay open beside
 * those of the other PostgreSQL tests' cached contexts.
 */
@RequiresPostgres
@ActiveProfiles({"default", "test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresReplayAndEvolutionIT extends ReplayAndEvolutionContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }
}

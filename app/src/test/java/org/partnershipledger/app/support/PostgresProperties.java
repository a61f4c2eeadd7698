package org.partnershipledger.app.support;

import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at a fresh schema of the test PostgreSQL server. */
public final class PostgresProperties {

    private PostgresProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.urlOfNewSchema();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }
}

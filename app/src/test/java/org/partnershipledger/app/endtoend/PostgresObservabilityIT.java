package org.partnershipledger.app.endtoend;

import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.partnershipledger.testsupport.TcpProxy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;

/**
 * Observability on PostgreSQL, reached through a proxy: cutting the proxy makes the database unreachable to this
 * service only, while the server keeps serving every other test.
 */
@RequiresPostgres
@ActiveProfiles({"default", "test", "postgres"})
class PostgresObservabilityIT extends ObservabilityContract {

    private static TcpProxy proxy;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String direct = PostgresTestDatabase.urlOfNewSchema();
        URI server = URI.create(direct.substring("jdbc:".length()));
        proxy = TcpProxy.to(server.getHost(), server.getPort());
        String proxied = direct.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> proxied);
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }


    @Override
    TcpProxy database() {
        return proxy;
    }
}

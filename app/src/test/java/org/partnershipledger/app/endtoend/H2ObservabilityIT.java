package org.partnershipledger.app.endtoend;

import org.h2.tools.Server;
import org.partnershipledger.app.support.H2ConnectionLoss;
import org.partnershipledger.testsupport.TcpProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;
import java.util.UUID;

/** Observability on H2, served over TCP so that the service reaches its database through a proxy. */
class H2ObservabilityIT extends ObservabilityContract {

    private static final Server H2 = tcpServer();
    private static final TcpProxy PROXY = TcpProxy.to("127.0.0.1", H2.getPort());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String name = "observability-" + UUID.randomUUID();
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:tcp://127.0.0.1:" + PROXY.port() + "/mem:" + name + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.hikari.exception-override-class-name", H2ConnectionLoss.class::getName);
    }


    @Override
    TcpProxy database() {
        return PROXY;
    }

    private static Server tcpServer() {
        try {
            // -ifNotExists lets the service create its in-memory database over the network; the port is loopback only.
            return Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start an H2 TCP server", e);
        }
    }
}

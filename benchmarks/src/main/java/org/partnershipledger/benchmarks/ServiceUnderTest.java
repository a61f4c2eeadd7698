package org.partnershipledger.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One configuration of the service on its own schema, which a step may stop and start again. */
final class ServiceUnderTest implements AutoCloseable {

    private final BenchmarkOptions options;
    private final List<String> arguments;
    private final Path log;
    private ServiceProcess process;
    private boolean ranOutOfMemory;

    ServiceUnderTest(BenchmarkOptions options, ServiceConfiguration configuration, Database.Schema schema,
                     String publicKeyLocation) {
        this.options = options;
        this.log = options.output().resolve(configuration.name() + "-service.log");
        List<String> all = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + schema.jdbcUrl(),
                "--spring.datasource.username=" + schema.user(),
                "--spring.datasource.password=" + schema.password(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + publicKeyLocation,
                "--ledger.screening.un-list.location=classpath:sanctions/un-consolidated-sample.xml",
                // The benchmark's few virtual users send as fast as the service answers; the per-user limit that
                // protects the service from one runaway client would otherwise be what is measured.
                "--ledger.http.rate-limit-burst=1000000",
                "--ledger.http.rate-limit-per-second=1000000"));
        all.addAll(configuration.arguments());
        this.arguments = List.copyOf(all);
    }

    void start() {
        process = ServiceProcess.start(options.appJar(), options.heap(), arguments, log);
    }

    void restart() {
        stop();
        start();
    }

    void stop() {
        if (process != null) {
            process.close();
            ranOutOfMemory |= process.ranOutOfMemory();
            process = null;
        }
    }

    URI baseUri() {
        return process.baseUri();
    }

    boolean ranOutOfMemory() {
        return ranOutOfMemory || (process != null && process.ranOutOfMemory());
    }

    @Override
    public void close() {
        stop();
    }
}

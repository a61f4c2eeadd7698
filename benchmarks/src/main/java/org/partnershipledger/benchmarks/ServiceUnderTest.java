package org.partnershipledger.benchmarks;

import org.partnershipledger.testsupport.process.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** One configuration of the service on its own schema, which a step may stop and start again. */
final class ServiceUnderTest implements AutoCloseable {

    private final ServiceProcess.Launcher launcher;
    private ServiceProcess process;
    private boolean ranOutOfMemory;

    ServiceUnderTest(BenchmarkOptions options, ServiceConfiguration configuration, Database.Schema schema,
                     String publicKeyLocation) {
        launcher = ServiceProcess.launcher(configuration.name())
                .jar(options.appJar())
                .logDirectory(options.output())
                .readinessTimeout(Duration.ofMinutes(3))
                .jvmOption("-Xms" + options.heap())
                .jvmOption("-Xmx" + options.heap())
                .jvmOption("-XX:+ExitOnOutOfMemoryError")
                .property("spring.profiles.active", "postgres")
                .property("spring.datasource.url", schema.jdbcUrl())
                .property("spring.datasource.username", schema.serviceRole())
                .property("spring.datasource.password", "")
                .property("spring.security.oauth2.resourceserver.jwt.public-key-location", publicKeyLocation)
                .property("ledger.identity.jwt.issuer", AccessTokens.ISSUER)
                .property("spring.security.oauth2.resourceserver.jwt.audiences", AccessTokens.AUDIENCE)
                .property("ledger.screening.un-list.location", "classpath:sanctions/un-consolidated-sample.xml")
                // The benchmark's few virtual users send as fast as the service answers; the per-user limit that
                // protects the service from one runaway client would otherwise be what is measured.
                .property("ledger.http.rate-limit-burst", "1000000")
                .property("ledger.http.rate-limit-per-second", "1000000");
        configuration.properties().forEach(launcher::property);
        if (options.flightRecording()) {
            // A folder: the JVM names each recording by pid and time, so a restart does not overwrite the last one.
            Path recordings = options.output().toAbsolutePath().resolve("jfr-" + configuration.name());
            try {
                Files.createDirectories(recordings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            launcher.jvmOption("-XX:StartFlightRecording=settings=profile,filename=" + recordings);
        }
    }

    void start() {
        process = launcher.start();
    }

    void restart() {
        stop();
        start();
    }

    void stop() {
        if (process != null) {
            process.stop();
            ranOutOfMemory |= ranOutOfMemory(process);
            process = null;
        }
    }

    URI baseUri() {
        return process.baseUri();
    }

    /** The operating system's id of the running process, whose threads' CPU times the benchmark reads. */
    long pid() {
        return process.pid();
    }

    boolean ranOutOfMemory() {
        return ranOutOfMemory || (process != null && ranOutOfMemory(process));
    }

    private static boolean ranOutOfMemory(ServiceProcess process) {
        try {
            return Files.readString(process.log()).contains("OutOfMemoryError");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}

package org.partnershipledger.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code app/target/partnership-ledger.jar}) running as an operating-system process of its own,
 * so that a test can do to it what happens in production: kill it without warning ({@link #kill()}: SIGKILL on Linux,
 * no shutdown hook runs, nothing is flushed), stop it as an operator would ({@link #stop()}), or run two of them on one
 * database. Plain Java: no Spring, nothing shared with the test's JVM but the database.
 *
 * <pre>{@code
 * ServiceProcess.Launcher launcher = ServiceProcess.launcher("node-a")
 *         .property("spring.datasource.url", url);
 * try (ServiceProcess service = launcher.start()) {   // waits for readiness
 *     ... http://localhost:service.port() ...
 *     service.kill();
 * }
 * ServiceProcess again = launcher.start();            // the same settings, a new process and port
 * }</pre>
 *
 * Each process writes everything it prints to {@link #log()}, under {@code target/service-processes/}. A process the
 * test forgets is killed when the test's JVM ends, so that none outlives the build holding database connections.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Where the build puts the runnable jar, relative to the repository root. */
    public static final String JAR = "app/target/partnership-ledger.jar";
    /** Overrides where the jar is looked for. */
    public static final String JAR_PROPERTY = "ledger.service.jar";

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Settings for processes of the given name (it names the log files and the failure messages). */
    public static Launcher launcher(String name) {
        return new Launcher(name);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the process at once (SIGKILL on Linux and macOS): no shutdown hook, no graceful shutdown, no flush. Returns
     * once the operating system no longer knows the process id.
     */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
        if (ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException(name + " (pid " + pid() + ") survived SIGKILL");
        }
    }

    /** Asks the process to stop (SIGTERM): the service shuts down gracefully, as under an operator's stop command. */
    public void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(60))) {
            kill();
            throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM and was killed; see " + log);
        }
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The last lines the process printed, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                RUNNING.remove(process);
            }
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReadiness(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + " before it was ready; the end of " + log + ":" + System.lineSeparator() + logTail(40));
            }
            try {
                HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Starting: the port opens only once the application context is up.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + "; the end of " + log + ":"
                + System.lineSeparator() + logTail(40));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How to start a service process; reusable, so that a restart runs with the same settings. */
    public static final class Launcher {

        private final String name;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m"));
        private Path jar;
        private Path logDirectory = Path.of("target", "service-processes");
        private Duration readinessTimeout = Duration.ofSeconds(120);
        private int starts;

        private Launcher(String name) {
            this.name = name;
        }

        /** A Spring property, passed as {@code --name=value}. */
        public Launcher property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** An option of the JVM, such as {@code -Xmx256m}; {@code -Xmx512m} unless another {@code -Xmx} is given. */
        public Launcher jvmOption(String option) {
            if (option.startsWith("-Xmx")) {
                jvmOptions.removeIf(existing -> existing.startsWith("-Xmx"));
            }
            jvmOptions.add(option);
            return this;
        }

        public Launcher jar(Path jar) {
            this.jar = jar;
            return this;
        }

        public Launcher logDirectory(Path directory) {
            this.logDirectory = directory;
            return this;
        }

        public Launcher readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        /** Starts a process on a free port and returns once its readiness probe answers UP. */
        public ServiceProcess start() {
            int port = freePort();
            Path log = logFile();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Daxoniq.update-checker.disabled=true");
            command.add("-Ddisable-axoniq-console-message=true");
            command.add("-jar");
            command.add(jarFile().toString());
            command.add("--server.port=" + port);
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                RUNNING.add(process);
                ServiceProcess service = new ServiceProcess(name, process, port, log);
                service.awaitReadiness(readinessTimeout);
                return service;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
            }
        }

        private Path logFile() {
            try {
                Files.createDirectories(logDirectory);
                return logDirectory.resolve(name + "-" + (++starts) + "-" + System.currentTimeMillis() + ".log");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path jarFile() {
            if (jar != null) {
                return jar;
            }
            String configured = System.getProperty(JAR_PROPERTY);
            if (configured != null) {
                return Path.of(configured);
            }
            // Tests run in their module's directory; the jar is in a sibling module, or below the root itself.
            for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
                Path candidate = directory.resolve(JAR);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no " + JAR + " above " + Path.of("").toAbsolutePath()
                    + ": build it first (./mvnw package -pl app -am -DskipTests), or set -D" + JAR_PROPERTY);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

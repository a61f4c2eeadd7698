package org.partnershipledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.application.operations.ProcessorState;
import org.partnershipledger.application.operations.ProjectionReplays;
import org.partnershipledger.application.operations.ProjectionStatus;
import org.partnershipledger.application.operations.ReplayProgress;
import org.partnershipledger.testsupport.LeastRebuildWork;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.partnershipledger.adapters.persistence.eventstore.EventStoreSchema;
import org.partnershipledger.adapters.persistence.rebuild.EventTableReader;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.io.OutputStream;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement of ADR 027, run by hand (it takes minutes): {@code ./mvnw -pl app -am verify
 * -Dit.test=RebuildRateMeasurementIT -Dledger.measure-rebuild=true} (PostgreSQL). The demo portfolio's events are
 * copied, each copy with aggregates of its own, to {@code ledger.measure-rebuild.events} events (100,000 by default);
 * with every processor stopped it measures the streaming ceiling (a {@code COPY} of the event table to this client,
 * text and binary), the least work of any rebuild ({@link LeastRebuildWork}, after the rebuilds, on their rows),
 * the set-based rebuild of each projection, and Axon's reset replay of {@code partnership-views}, and prints them.
 */
@RequiresPostgres
@EnabledIfSystemProperty(named = "ledger.measure-rebuild", matches = "true")
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo")
@ActiveProfiles({"default", "test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RebuildRateMeasurementIT {

    private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private static final List<String> PROJECTIONS = List.of("partnership-views", "vetting-views", "partner-registry");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionReplays replays;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void measure() throws Exception {
        awaitUntil(() -> replays.statuses().stream().allMatch(s -> s.state() == ProcessorState.CAUGHT_UP), 60);
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        long target = Long.getLong("ledger.measure-rebuild.events", 100_000);
        long base = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
        long copies = Math.max(0, (target - base + base - 1) / base);
        long inserted = jdbc.sql("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT e.event_identifier || '-' || n, e.aggregate_identifier || '-' || n, e.sequence_number, e.type,
                       e.time_stamp, e.payload_type, e.payload_revision,
                       convert_to(replace(convert_from(e.payload, 'UTF8'), e.aggregate_identifier,
                                          e.aggregate_identifier || '-' || n), 'UTF8'), e.meta_data
                  FROM generate_series(1, ?) n CROSS JOIN domain_event_entry e
                 ORDER BY n, e.global_index""").param(copies).update();
        jdbc.sql("ANALYZE domain_event_entry").update();
        long events = base + inserted;
        StringBuilder report = new StringBuilder("\n=== rebuild rates on PostgreSQL, " + events + " events ===\n");

        long ceilingStart = System.nanoTime();
        long[] bytes = {0};
        try (Connection connection = dataSource.getConnection()) {
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (SELECT * FROM domain_event_entry) TO STDOUT", new OutputStream() {
                        @Override
                        public void write(int b) {
                            bytes[0]++;
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            bytes[0] += len;
                        }
                    });
            double seconds = (System.nanoTime() - ceilingStart) / 1e9;
            report.append(String.format("streaming ceiling (COPY to client): %d rows, %.1f MB in %.2f s = %.0f rows/s%n",
                    rows, bytes[0] / 1e6, seconds, rows / seconds));
        }

        LeastRebuildWork.Run ceiling;
        try (Connection connection = dataSource.getConnection()) {
            ceiling = LeastRebuildWork.best(connection, "COPY (SELECT * FROM domain_event_entry) TO STDOUT "
                    + "(FORMAT binary)", false);
            LeastRebuildWork.Run byAggregate = LeastRebuildWork.best(connection, "COPY (SELECT global_index, "
                    + "aggregate_identifier, sequence_number, payload_type, payload, meta_data FROM domain_event_entry "
                    + "ORDER BY aggregate_identifier, sequence_number) TO STDOUT (FORMAT binary)", false);
            report.append(String.format("binary streaming ceiling (COPY of every column, discarded): %d rows in %.2f s "
                            + "= %.0f rows/s; backend CPU %.2f µs/row, client CPU %.2f µs/row%n", ceiling.rows(),
                    ceiling.seconds(), ceiling.rowsPerSecond(), ceiling.backendCpuMicrosPerRow(),
                    ceiling.clientCpuMicrosPerRow()));
            report.append(String.format("the folded columns in the rebuild's order (by aggregate, then sequence "
                            + "number), discarded: %.0f rows/s = %.0f%% of the ceiling; backend CPU %.2f µs/row%n",
                    byAggregate.rowsPerSecond(), 100 * byAggregate.rowsPerSecond() / ceiling.rowsPerSecond(),
                    byAggregate.backendCpuMicrosPerRow()));
        }
        report.append("the rebuild's read, as PostgreSQL plans it:\n").append(String.join("\n", jdbc.sql(
                "EXPLAIN SELECT * FROM domain_event_entry WHERE global_index <= ? "
                        + "ORDER BY aggregate_identifier, sequence_number").param(events).query(String.class).list()))
                .append('\n');

        DataSource queried = withoutCopy(dataSource);
        for (DataSource source : List.of(queried, dataSource)) {
            EventTableReader reader = new EventTableReader(source, EventStoreSchema.events(), axon.eventSerializer(),
                    axon.upcasterChain(), Duration.ofSeconds(60));
            String how = source == queried ? "queried (a cursor, bytea as text)" : "binary COPY";
            for (boolean payloads : new boolean[]{false, true}) {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long[] read = {0};
                reader.read(events + 1, Instant.now(), message -> {
                    if (payloads) {
                        message.getPayload();
                    }
                    read[0]++;
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                report.append(String.format("read through the upcasters, %s%s: %d events in %.2f s = %.0f events/s, "
                                + "client CPU %.2f µs/event%n", how, payloads ? ", payloads deserialized" : "",
                        read[0], seconds, read[0] / seconds,
                        (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / read[0]));
            }
        }

        for (String projection : PROJECTIONS) {
            replays.replay(projection, "measure");
            ProjectionStatus done = awaitUntil(() -> replays.status(projection).orElseThrow(),
                    s -> s.lastReplay() != null && !isRunning(s.lastReplay()), 1800);
            ReplayProgress progress = done.lastReplay();
            assertThat(progress.phase()).as(String.valueOf(progress.failure())).isEqualTo(ReplayProgress.Phase.FINISHED);
            double seconds = (progress.finishedAt().toEpochMilli() - progress.startedAt().toEpochMilli()) / 1e3;
            report.append(String.format("set-based rebuild of %s: %d events in %.2f s = %.0f events/s%n", projection,
                    progress.eventsRead(), seconds, progress.eventsPerSecond()));
        }
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        try (Connection connection = dataSource.getConnection()) {
            LeastRebuildWork.Floor floor = LeastRebuildWork.measure(connection);
            report.append(floor.describe()).append(String.format(" = %.0f%% of the binary ceiling%n",
                    100 * floor.fastestRate() / ceiling.rowsPerSecond()));
        }

        try (AxonProjectionReplays reset = new AxonProjectionReplays(processing, eventStore, Clock.systemUTC(),
                System::nanoTime)) {
            reset.replay("partnership-views", "measure");
            ProjectionStatus done = awaitUntil(() -> reset.status("partnership-views").orElseThrow(),
                    s -> s.lastReplay().finishedAt() != null, 3600);
            ReplayProgress progress = done.lastReplay();
            double seconds = (progress.finishedAt().toEpochMilli() - progress.startedAt().toEpochMilli()) / 1e3;
            report.append(String.format("reset replay of partnership-views (before): %d positions in %.2f s = %.0f "
                    + "events/s%n", progress.total(), seconds, progress.eventsPerSecond()));
        }
        System.out.println(report);
    }

    /**
     * The data source with connections that do not say they are PostgreSQL's, so that the reader takes its query path:
     * how it read before the binary copy, measured beside it.
     */
    private static DataSource withoutCopy(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, dataSource, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (p, m, a) -> m.getName().equals("isWrapperFor") ? Boolean.FALSE : invoke(m, connection, a));
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean isRunning(ReplayProgress progress) {
        return progress.phase() != ReplayProgress.Phase.FINISHED && progress.phase() != ReplayProgress.Phase.FAILED;
    }

    private static void awaitUntil(Supplier<Boolean> condition, int seconds) throws InterruptedException {
        awaitUntil(condition, Boolean::booleanValue, seconds);
    }

    private static <T> T awaitUntil(Supplier<T> probe, java.util.function.Predicate<T> done, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        T value = probe.get();
        while (!done.test(value)) {
            assertThat(System.nanoTime()).as("waited " + seconds + " s: " + value).isLessThan(deadline);
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }
}

package org.partnershipledger.app.endtoend;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.reliability.DeadLetterConfiguration;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.testsupport.jdbc.StatementLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the read models cost the database (ADR 026): the projections catch up with a stream of events in batches,
 * each reading its documents in one statement, writing them in a few, and asking no dead-letter queue per event.
 * Counted per processor from the statements its own threads prepare.
 */
@SpringBootTest(classes = {PartnershipLedgerApplication.class, H2ReadModelStatementsIT.LoggedDatabase.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
class H2ReadModelStatementsIT {

    private static final int PARTNERSHIPS = 20;

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    StatementLog log;

    @Test
    void catching_up_reads_and_writes_each_read_model_once_per_batch_and_asks_no_dead_letter_queue_per_event()
            throws InterruptedException {
        JdbcClient unlogged = JdbcClient.create(log.target());
        DeadLetterConfiguration.PROJECTION_GROUPS.forEach(group -> processor(group).shutDown());
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < PARTNERSHIPS; i++) {
            assertThat(api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY).status())
                    .isEqualTo(201);
        }
        long events = awaitStableEventCount(unlogged);

        log.clear();
        DeadLetterConfiguration.PROJECTION_GROUPS.forEach(group -> processor(group).start());
        await(() -> DeadLetterConfiguration.PROJECTION_GROUPS.stream().allMatch(group -> caughtUp(group, unlogged)));

        Map<String, ProcessorStatements> perProcessor = new TreeMap<>();
        DeadLetterConfiguration.PROJECTION_GROUPS.forEach(group -> perProcessor.put(group,
                ProcessorStatements.of(group, log.statements())));
        System.out.printf("Catching up with %d events: %s%n", events, perProcessor);

        assertThat(events).isGreaterThanOrEqualTo(3L * PARTNERSHIPS);
        assertThat(perProcessor).allSatisfy((group, statements) -> {
            assertThat(statements.batches()).as(group + " batches").isPositive();
            assertThat(statements.documentReads()).as(group + ": one read per batch").isEqualTo(statements.batches());
            assertThat(statements.readModelWrites()).as(group + ": a delete and an insert per table and batch")
                    .isLessThanOrEqualTo(statements.batches() * (1 + READ_MODEL_TABLES.get(group)));
            assertThat(statements.deadLetterLookups()).as(group + ": dead-letter lookups, one per segment claimed")
                    .isLessThanOrEqualTo(processor(group).processingStatus().size());
        });
    }

    /** The tables each projection writes: its documents and the rows kept beside them. */
    private static final Map<String, Integer> READ_MODEL_TABLES = Map.of("partnership-views", 3, "vetting-views", 2,
            "partner-registry", 2);

    /**
     * What one processor's worker threads sent: batches (each stores the processor's token once), reads and writes of
     * its read model, and lookups in its dead-letter queue.
     */
    record ProcessorStatements(long batches, long documentReads, long readModelWrites, long deadLetterLookups) {

        static ProcessorStatements of(String group, List<StatementLog.Statement> statements) {
            List<String> sql = statements.stream()
                    .filter(statement -> statement.thread().startsWith("WorkPackage[" + group + "]"))
                    .map(statement -> statement.sql().strip().replaceAll("\\s+", " ")).toList();
            return new ProcessorStatements(
                    sql.stream().filter(s -> s.startsWith("UPDATE token_entry SET token")).count(),
                    sql.stream().filter(s -> s.startsWith("SELECT") && s.contains(" document FROM ")).count(),
                    sql.stream().filter(s -> s.startsWith("DELETE") || s.startsWith("INSERT")).count(),
                    sql.stream().filter(s -> s.contains("dead_letter_entry")).count());
        }
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
    }

    private boolean caughtUp(String group, JdbcClient jdbc) {
        long head = jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        var segments = processor(group).processingStatus().values();
        return !segments.isEmpty() && segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.isPresent() && position.getAsLong() >= head);
    }

    /** The vetting process opens and screens a vetting per partner: the stream is complete once it stops growing. */
    private static long awaitStableEventCount(JdbcClient jdbc) throws InterruptedException {
        long previous = -1;
        long current = count(jdbc);
        while (current != previous) {
            Thread.sleep(1_000);
            previous = current;
            current = count(jdbc);
        }
        return current;
    }

    private static long count(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("caught up within a minute").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The service's data source, every statement of it noted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LoggedDatabase {

        private static StatementLog log;

        @Bean
        static BeanPostProcessor statementLogging() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && log == null) {
                        log = new StatementLog(dataSource);
                        return log.dataSource();
                    }
                    return bean;
                }
            };
        }

        @Bean
        StatementLog statementLog() {
            return log;
        }
    }
}

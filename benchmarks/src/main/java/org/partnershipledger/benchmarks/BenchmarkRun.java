package org.partnershipledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole benchmark in one run on one machine (docs/benchmarks.md): the database's raw commit rate, then the tuned
 * service and the service with Axon's defaults under the same load, side by side, and the table with ratios.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    public static void main(String[] arguments) throws IOException {
        BenchmarkOptions options = BenchmarkOptions.parse(arguments);
        if (!Files.isRegularFile(options.appJar())) {
            System.err.println("No service at " + options.appJar() + ": build it first (benchmarks/run does).");
            System.exit(2);
        }
        Files.createDirectories(options.output());
        Database database = new Database(options.jdbcUrl(), options.user(), options.password());
        AccessTokens tokens = new AccessTokens();
        String publicKey = tokens.writePublicKey(options.output());

        Map<Integer, Double> rawCommits = new LinkedHashMap<>();
        Database.Schema raw = database.createSchema("bench_raw_commit");
        try {
            for (int concurrency : options.concurrency()) {
                System.out.printf("[raw] %d connections inserting and committing single rows%n", concurrency);
                rawCommits.put(concurrency, RawCommitRate.measure(raw, concurrency, Duration.ofSeconds(15)));
            }
        } finally {
            database.dropSchema(raw);
        }

        ConfigurationBenchmark benchmark = new ConfigurationBenchmark(options, database, tokens, publicKey);
        ConfigurationBenchmark.Result tuned = benchmark.run(ServiceConfiguration.tuned(), true, options.replayEvents());
        ConfigurationBenchmark.Result baseline = benchmark.run(ServiceConfiguration.axonDefaults(), false,
                options.baselineReplayEvents());

        Report results = new Report(options, rawCommits, tuned, baseline);
        String report = results.render();
        System.out.println(report);
        Files.writeString(options.output().resolve("results.md"), report);
        int highest = options.highestConcurrency();
        Files.writeString(options.output().resolve(results.topStatementsFile()), TopStatements.render(
                "Statements of the tuned service at %d virtual users".formatted(highest), tuned.level(highest), 25));
        System.out.println("Written to " + options.output().resolve("results.md"));
    }
}

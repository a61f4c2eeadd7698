package org.partnershipledger.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What to run, from {@code --name=value} arguments; the defaults are the documented full run (about 25 minutes), and
 * {@code --quick} is a smoke test of a couple of minutes that exercises every step with small numbers. {@code --jfr}
 * records each service process with Java Flight Recorder (profile settings) into the output folder, to see where
 * the time goes.
 */
record BenchmarkOptions(String jdbcUrl, String user, String password, Path appJar, Path output, String heap,
                        List<Integer> concurrency, Duration levelDuration, Duration warmUp, Duration sustained,
                        long replayEvents, long baselineReplayEvents, Duration replayTimeBox, int aggregateEvents,
                        int aggregates, boolean keepSchemas, boolean flightRecording) {

    static BenchmarkOptions parse(String[] arguments) {
        boolean quick = Arrays.asList(arguments).contains("--quick");
        BenchmarkOptions options = new BenchmarkOptions(
                value(arguments, "postgres-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                value(arguments, "postgres-user", "postgres"),
                value(arguments, "postgres-password", ""),
                Path.of(value(arguments, "app-jar", "app/target/partnership-ledger.jar")),
                Path.of(value(arguments, "output", "benchmarks/target/benchmark-results")),
                value(arguments, "heap", "512m"),
                Arrays.stream(value(arguments, "concurrency", quick ? "2,4" : "4,8,16,32").split(","))
                        .map(String::trim).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(value(arguments, "level-seconds", quick ? "8" : "45"))),
                Duration.ofSeconds(Long.parseLong(value(arguments, "warm-up-seconds", quick ? "5" : "30"))),
                Duration.ofSeconds(Long.parseLong(value(arguments, "sustained-seconds", quick ? "10" : "300"))),
                Long.parseLong(value(arguments, "replay-events", quick ? "20000" : "1000000")),
                Long.parseLong(value(arguments, "baseline-replay-events", quick ? "20000" : "200000")),
                Duration.ofSeconds(Long.parseLong(value(arguments, "replay-time-box-seconds", "300"))),
                Integer.parseInt(value(arguments, "aggregate-events", quick ? "2000" : "10000")),
                Integer.parseInt(value(arguments, "aggregates", quick ? "3" : "10")),
                Arrays.asList(arguments).contains("--keep-schemas"),
                Arrays.asList(arguments).contains("--jfr"));
        return options;
    }

    int highestConcurrency() {
        return concurrency.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static String value(String[] arguments, String name, String fallback) {
        String prefix = "--" + name + "=";
        return Arrays.stream(arguments).filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length())).findFirst().orElse(fallback);
    }
}

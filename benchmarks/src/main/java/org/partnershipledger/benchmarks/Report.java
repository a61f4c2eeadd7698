package org.partnershipledger.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

/** The results as Markdown: the tables of docs/benchmarks.md, ratios, and each target met or not. */
final class Report {

    private final BenchmarkOptions options;
    private final Map<Integer, Double> rawCommits;
    private final ConfigurationBenchmark.Result tuned;
    private final ConfigurationBenchmark.Result baseline;
    private final StringBuilder out = new StringBuilder();

    Report(BenchmarkOptions options, Map<Integer, Double> rawCommits, ConfigurationBenchmark.Result tuned,
           ConfigurationBenchmark.Result baseline) {
        this.options = options;
        this.rawCommits = rawCommits;
        this.tuned = tuned;
        this.baseline = baseline;
    }

    String render() {
        line("# Partnership Ledger benchmark, " + Instant.now());
        line("");
        line("Machine: %d cores, Java %s, service heap %s. Load generator, service and PostgreSQL share the machine."
                .formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), options.heap()));
        line("");
        throughput();
        operations();
        sustained();
        replay();
        aggregateLoad();
        targets();
        return out.toString();
    }

    private void throughput() {
        line("## Commands over HTTP against the raw commit rate");
        line("");
        line("| virtual users | raw commits/s | tuned commands/s | of raw | Axon defaults commands/s | tuned ÷ defaults | tuned reads/s | tuned lag p50 / p99 ms | defaults lag p50 / p99 ms | failed steps tuned / defaults |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int concurrency : options.concurrency()) {
            LoadPhase.Result t = tuned.level(concurrency);
            LoadPhase.Result b = baseline.level(concurrency);
            double raw = rawCommits.get(concurrency);
            line("| %d | %.0f | %.0f | %.0f%% | %.0f | %.1f× | %.0f | %.0f / %.0f | %.0f / %.0f | %d / %d |".formatted(
                    concurrency, raw, t.commandsPerSecond(), 100 * t.commandsPerSecond() / raw,
                    b.commandsPerSecond(), ratio(t.commandsPerSecond(), b.commandsPerSecond()), t.readsPerSecond(),
                    t.lag().p50Millis(), t.lag().p99Millis(), b.lag().p50Millis(), b.lag().p99Millis(),
                    t.failureCount(), b.failureCount()));
        }
        line("");
        failures(tuned);
        failures(baseline);
    }

    private void failures(ConfigurationBenchmark.Result result) {
        for (LoadPhase.Result level : result.levels()) {
            level.firstFailures().forEach((operation, why) -> line("- %s, %d users, %s failed %d× (first: %s)".formatted(
                    result.configuration().name(), level.concurrency(), operation,
                    level.failures().get(operation), why.replace('\n', ' '))));
        }
    }

    private void operations() {
        int concurrency = best(tuned).concurrency();
        line("## Latency per operation at %d virtual users (ms)".formatted(concurrency));
        line("");
        line("| operation | tuned count | tuned p50 | p95 | p99 | defaults count | defaults p50 | p95 | p99 |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        LoadPhase.Result t = tuned.level(concurrency);
        LoadPhase.Result b = baseline.level(concurrency);
        TreeSet<String> names = new TreeSet<>(t.operations().keySet());
        names.addAll(b.operations().keySet());
        Latencies.Summary none = new Latencies.Summary(0, 0, 0, 0, 0);
        for (String name : names) {
            Latencies.Summary a = t.operations().getOrDefault(name, none);
            Latencies.Summary d = b.operations().getOrDefault(name, none);
            line("| %s | %d | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f |".formatted(name, a.count(), a.p50Millis(),
                    a.p95Millis(), a.p99Millis(), d.count(), d.p50Millis(), d.p95Millis(), d.p99Millis()));
        }
        line("");
    }

    private void sustained() {
        LoadPhase.Result run = tuned.sustained();
        if (run == null) {
            return;
        }
        line("## Sustained: %d virtual users for %d s (tuned)".formatted(run.concurrency(), Math.round(run.seconds())));
        line("");
        line("%.0f commands/s, %.0f reads/s; projection lag by minute of the run (commands acknowledged in that minute):"
                .formatted(run.commandsPerSecond(), run.readsPerSecond()));
        line("");
        line("| minute | lag samples | p50 ms | p99 ms | max ms |");
        line("|---:|---:|---:|---:|---:|");
        long minute = Duration.ofMinutes(1).toNanos();
        for (long from = 0; from < run.seconds() * 1e9; from += minute) {
            Latencies.Summary window = run.lagBetween(from, from + minute);
            line("| %d | %d | %.0f | %.0f | %.0f |".formatted(from / minute + 1, window.count(), window.p50Millis(),
                    window.p99Millis(), window.max() / 1e6));
        }
        line("");
        line("Versions never seen in the read model within 30 s after the run: %d.".formatted(run.lagsNeverSeen()));
        line("");
    }

    private void replay() {
        line("## Replay of every read model");
        line("");
        line("| | events stored | replayed | seconds | events/s | catch-up after import, events/s |");
        line("|---|---:|---:|---:|---:|---:|");
        for (ConfigurationBenchmark.Result result : new ConfigurationBenchmark.Result[]{tuned, baseline}) {
            ReplayStep.Result replay = result.replay();
            line("| %s | %d | %d%s | %.1f | %.0f | %.0f%s |".formatted(result.configuration().name(),
                    replay.storedEvents(), replay.replayedEvents(), replay.finished() ? "" : " (time box)",
                    replay.replaySeconds(), replay.replayPerSecond(), replay.catchUpPerSecond(),
                    replay.caughtUp() ? "" : " (time box)"));
        }
        line("");
        line("Replayed processors: " + String.join(", ", tuned.replay().replayed())
                + ". Ratio tuned ÷ defaults: %.1f×.".formatted(
                ratio(tuned.replay().replayPerSecond(), baseline.replay().replayPerSecond())));
        line("");
    }

    private void aggregateLoad() {
        line("## Loading an aggregate of %d events (ms, median over %d aggregates)".formatted(
                tuned.aggregateLoad().events(), options.aggregates()));
        line("");
        line("| | just after start | after a restart | next command |");
        line("|---|---:|---:|---:|");
        for (ConfigurationBenchmark.Result result : new ConfigurationBenchmark.Result[]{tuned, baseline}) {
            AggregateLoadStep.Result load = result.aggregateLoad();
            line("| %s | %.1f | %.1f | %.1f |".formatted(result.configuration().name(), load.fromEvents(),
                    load.afterRestart(), load.cached()));
        }
        line("");
    }

    private void targets() {
        LoadPhase.Result best = best(tuned);
        double raw = rawCommits.get(best.concurrency());
        double baselineAtSame = baseline.level(best.concurrency()).commandsPerSecond();
        LoadPhase.Result sustainedRun = tuned.sustained() == null ? best : tuned.sustained();
        line("## Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        target("commands ≥ 40% of raw commits (same concurrency)", "%.0f%% at %d users".formatted(
                100 * best.commandsPerSecond() / raw, best.concurrency()), best.commandsPerSecond() >= 0.4 * raw);
        target("commands ≥ 8× Axon defaults", "%.1f×".formatted(ratio(best.commandsPerSecond(), baselineAtSame)),
                best.commandsPerSecond() >= 8 * baselineAtSame);
        target("projection lag p99 ≤ 1 s", "%.0f ms".formatted(sustainedRun.lag().p99Millis()),
                sustainedRun.lag().p99Millis() <= 1000);
        target("replay ≥ 100,000 events/s", "%.0f events/s".formatted(tuned.replay().replayPerSecond()),
                tuned.replay().replayPerSecond() >= 100_000);
        double load = tuned.aggregateLoad().afterRestart();
        target("load of a 10,000-event aggregate ≤ 10 ms", "%.1f ms after a restart".formatted(load), load <= 10);
        target("heap ≤ 512 MB", "-Xmx" + options.heap() + (tuned.ranOutOfMemory() ? ", ran out of memory" : ", no OutOfMemoryError"),
                !tuned.ranOutOfMemory() && options.heap().equals("512m"));
        line("");
    }

    private void target(String name, String measured, boolean met) {
        line("| %s | %s | %s |".formatted(name, measured, met ? "yes" : "**no**"));
    }

    private static LoadPhase.Result best(ConfigurationBenchmark.Result result) {
        return result.levels().stream().max(Comparator.comparingDouble(LoadPhase.Result::commandsPerSecond)).orElseThrow();
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.POSITIVE_INFINITY : a / b;
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

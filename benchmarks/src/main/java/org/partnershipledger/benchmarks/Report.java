package org.partnershipledger.benchmarks;

import org.partnershipledger.testsupport.LeastRebuildWork;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Collectors;

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
        serviceCost();
        operations();
        sustained();
        replay();
        aggregateLoad();
        targets();
        readModelTargets();
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

    private void serviceCost() {
        line("## What a command and an event cost the service");
        line("");
        line("Service CPU from /proc (all threads; Tomcat's request threads; the processors' threads over the events "
                + "appended in the phase) and SQL from pg_stat_statements (the service's role only), tuned / defaults:");
        line("");
        line("| virtual users | events per command | service CPU ms per command | request threads' CPU ms per command | processors' CPU ms per event | SQL per command | processors' SQL per event per processor | versions never seen |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int concurrency : options.concurrency()) {
            costRow(String.valueOf(concurrency), tuned.level(concurrency), baseline.level(concurrency));
        }
        if (tuned.sustained() != null) {
            costRow("%d (sustained)".formatted(tuned.sustained().concurrency()), tuned.sustained(), null);
        }
        line("");
        line("%d event processors (tuned), %d (defaults); the SQL per event per processor divides by both."
                .formatted(tuned.processors(), baseline.processors()));
        line("");
        cpuByRole();
        statementsByKind();
    }

    private void costRow(String label, LoadPhase.Result t, LoadPhase.Result d) {
        line("| %s | %s | %s | %s | %s | %s | %s | %s |".formatted(label,
                pair(t, d, "%.1f", (phase, processors) -> (double) phase.cost().eventsAppended() / phase.commands()),
                pair(t, d, "%.1f", (phase, processors) -> phase.cost().cpuMillisPerCommand(phase.commands())),
                pair(t, d, "%.1f", (phase, processors) -> phase.cost().requestCpuMillisPerCommand(phase.commands())),
                pair(t, d, "%.2f", (phase, processors) -> phase.cost().processorCpuMillisPerEvent()),
                pair(t, d, "%.1f", (phase, processors) -> phase.cost().statementsPerCommand(phase.commands())),
                pair(t, d, "%.2f", (phase, processors) ->
                        phase.cost().processorStatementsPerEventPerProcessor(processors)),
                pair(t, d, "%.0f", (phase, processors) -> (double) phase.lagsNeverSeen())));
    }

    /** A measure of a tuned phase and of the baseline's (if any), given each phase and its service's processors. */
    private String pair(LoadPhase.Result t, LoadPhase.Result d, String format,
                        ToDoubleBiFunction<LoadPhase.Result, Integer> measure) {
        return number(measure.applyAsDouble(t, tuned.processors()), format) + " / "
                + (d == null ? "–" : number(measure.applyAsDouble(d, baseline.processors()), format));
    }

    private void cpuByRole() {
        int concurrency = tuned.saturating().concurrency();
        line("### Service CPU by thread at %d virtual users".formatted(concurrency));
        line("");
        line("| | processors | requests | JVM (GC, JIT) | other | total ms | ms per command |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (ConfigurationBenchmark.Result result : new ConfigurationBenchmark.Result[]{tuned, baseline}) {
            LoadPhase.Result level = result.level(concurrency);
            CpuUse cpu = level.cost().cpu();
            line("| %s | %s | %s | %s | %s | %s | %s |".formatted(result.configuration().name(),
                    percent(cpu.share(ThreadRole.PROCESSORS)), percent(cpu.share(ThreadRole.REQUESTS)),
                    percent(cpu.share(ThreadRole.JVM)), percent(cpu.share(ThreadRole.OTHER)),
                    number(cpu.totalMillis(), "%.0f"),
                    number(level.cost().cpuMillisPerCommand(level.commands()), "%.1f")));
        }
        line("");
        line("Processors: coordinators, work packages and tracking processors' threads, the event store's producer "
                + "and the pulse that wakes them; the vetting process's own commands run on them too.");
        line("");
    }

    private void statementsByKind() {
        int concurrency = options.highestConcurrency();
        LoadPhase.Result t = tuned.level(concurrency);
        LoadPhase.Result d = baseline.level(concurrency);
        line("### SQL statements by kind at %d virtual users, per appended event".formatted(concurrency));
        line("");
        if (!t.cost().sql().available()) {
            line("No counts: pg_stat_statements did not answer (benchmarks/run enables it).");
            line("");
            return;
        }
        line("| kind | processors' | tuned calls | per event | defaults calls | per event |");
        line("|---|---|---:|---:|---:|---:|");
        for (StatementKind kind : StatementKind.values()) {
            line("| %s | %s | %d | %.2f | %d | %.2f |".formatted(kind.label(), kind.processors() ? "yes" : "",
                    t.cost().sql().calls(kind), t.cost().statementsPerEvent(kind),
                    d.cost().sql().calls(kind), d.cost().statementsPerEvent(kind)));
        }
        line("| all | | %d | %.2f | %d | %.2f |".formatted(t.cost().sql().total(),
                (double) t.cost().sql().total() / t.cost().eventsAppended(), d.cost().sql().total(),
                (double) d.cost().sql().total() / d.cost().eventsAppended()));
        line("");
        line("Read-model reads include the HTTP queries' own, which run the same statements. The most frequent "
                + "statements are in `" + topStatementsFile() + "`.");
        line("");
    }

    /** Where the tuned service's most frequent statements at the highest concurrency are written. */
    String topStatementsFile() {
        return "top-statements-tuned-%d-users.md".formatted(options.highestConcurrency());
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
        line("| | events stored | replayed | seconds | events/s | catch-up after import, events/s | streaming ceiling rows/s | replay of ceiling | catch-up of ceiling | processors' CPU ms per replayed event | processors' SQL per replayed event per processor |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (ConfigurationBenchmark.Result result : new ConfigurationBenchmark.Result[]{tuned, baseline}) {
            ReplayStep.Result replay = result.replay();
            StreamingCeiling.Result ceiling = replay.ceiling();
            line("| %s | %d | %d%s | %.1f | %.0f | %.0f%s | %.0f | %.1f%% | %.1f%% | %s | %s |".formatted(
                    result.configuration().name(), replay.storedEvents(), replay.replayedEvents(),
                    replay.finished() ? "" : " (time box)", replay.replaySeconds(), replay.replayPerSecond(),
                    replay.catchUpPerSecond(), replay.caughtUp() ? "" : " (time box)", ceiling.rowsPerSecond(),
                    ceiling.percentOf(replay.replayPerSecond()), ceiling.percentOf(replay.catchUpPerSecond()),
                    number(replay.processorCpuMillisPerReplayedEvent(), "%.3f"),
                    number(replay.statementsPerReplayedEventPerProcessor(), "%.2f")));
        }
        line("");
        line("Replayed processors: " + String.join(", ", tuned.replay().replayed())
                + ". Ratio tuned ÷ defaults: %.1f×.".formatted(
                ratio(tuned.replay().replayPerSecond(), baseline.replay().replayPerSecond())));
        line("The streaming ceiling is `COPY` of each configuration's own event table to the harness (binary, "
                + "discarded), the better of two, with the service stopped.");
        for (ConfigurationBenchmark.Result result : new ConfigurationBenchmark.Result[]{tuned, baseline}) {
            LeastRebuildWork.Floor floor = result.replay().leastWork();
            if (floor != null) {
                line("The least work of any rebuild, %s: %s: %.0f%% of the ceiling.".formatted(
                        result.configuration().name(), floor.describe(),
                        result.replay().ceiling().percentOf(floor.fastestRate())));
            }
        }
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

    /** Issue 13: read models at the database's speed. */
    private void readModelTargets() {
        LoadPhase.Result saturating = tuned.saturating();
        LoadPhase.Result mix = tuned.sustained() == null ? saturating : tuned.sustained();
        String mixName = tuned.sustained() == null ? "at %d users".formatted(saturating.concurrency())
                : "sustained run";
        line("## Targets of issue 13 (read models at the database's speed)");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        double cpuPerEvent = mix.cost().processorCpuMillisPerEvent();
        target("processors' CPU per processed event ≤ 0.3 ms", number(cpuPerEvent, "%.2f ms") + ", " + mixName,
                cpuPerEvent <= 0.3);
        double statements = mix.cost().processorStatementsPerEventPerProcessor(tuned.processors());
        // Every processor is counted for every event, as the target defines it, though most handle few kinds: the
        // statements per event beside it show what one event costs in all.
        target("≤ 2 SQL statements per event per processor in the mix", "%s (%s per event over %d processors), %s"
                        .formatted(number(statements, "%.2f"), number(statements * tuned.processors(), "%.1f"),
                                tuned.processors(), mixName),
                statements <= 2);
        ReplayStep.Result replay = tuned.replay();
        double ofCeiling = replay.ceiling().percentOf(replay.replayPerSecond());
        target("rebuild of all read models from ≥ 1,000,000 events at ≥ 50% of the streaming ceiling",
                "%.1f%% of %.0f rows/s, %d events%s".formatted(ofCeiling, replay.ceiling().rowsPerSecond(),
                        replay.storedEvents(), replay.finished() ? "" : ", not finished in the time box")
                        + (replay.leastWork() == null ? "" : "; the least work of any rebuild allows at most %.0f%%"
                        .formatted(replay.ceiling().percentOf(replay.leastWork().fastestRate()))),
                replay.storedEvents() >= 1_000_000 && replay.finished() && ofCeiling >= 50);
        List<Latencies.Summary> minutes = tuned.sustained() == null ? List.of() : tuned.sustained().lagByFullMinute();
        double worstMinute = minutes.stream().mapToDouble(Latencies.Summary::p99Millis).max().orElse(Double.NaN);
        target("projection lag p99 ≤ 100 ms at the saturating load, not growing over the sustained run",
                "%.0f ms at %d users; %s".formatted(saturating.lag().p99Millis(), saturating.concurrency(),
                        minutes.isEmpty() ? "no sustained run" : "sustained p99 by minute %s ms".formatted(
                                minutes.stream().map(minute -> "%.0f".formatted(minute.p99Millis()))
                                        .collect(Collectors.joining(" → ")))),
                saturating.lag().p99Millis() <= 100 && worstMinute <= 100);
        long neverSeen = tuned.phases().stream().mapToLong(LoadPhase.Result::lagsNeverSeen).sum();
        target("versions never seen in the read model = 0", "%d in %d phases".formatted(neverSeen,
                tuned.phases().size()), neverSeen == 0);
        line("");
    }

    /** A measurement, or n/a where it could not be taken (no /proc, no pg_stat_statements, nothing to divide by). */
    private static String number(double value, String format) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : format.formatted(value);
    }

    private static String percent(double share) {
        return number(100 * share, "%.0f%%");
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

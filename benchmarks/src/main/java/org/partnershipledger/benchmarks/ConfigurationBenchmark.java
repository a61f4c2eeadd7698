package org.partnershipledger.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Steps 2 to 5 for one configuration of the service, on a schema of its own. */
final class ConfigurationBenchmark {

    private final BenchmarkOptions options;
    private final Database database;
    private final AccessTokens tokens;
    private final String publicKeyLocation;
    private final long ticksPerSecond = ClockTicks.perSecond();

    ConfigurationBenchmark(BenchmarkOptions options, Database database, AccessTokens tokens, String publicKeyLocation) {
        this.options = options;
        this.database = database;
        this.tokens = tokens;
        this.publicKeyLocation = publicKeyLocation;
    }

    Result run(ServiceConfiguration configuration, boolean sustainedRun, long replayEvents) {
        Database.Schema schema = database.createServiceSchema("bench_" + configuration.name().replace('-', '_'));
        try (ServiceUnderTest service = new ServiceUnderTest(options, configuration, schema, publicKeyLocation)) {
            service.start();
            StoredEvents events = new StoredEvents(schema);
            ServiceCostMeter meter = new ServiceCostMeter(service, events, new StatementStatistics(schema),
                    ticksPerSecond);
            int processors = new Processors(new Api(service.baseUri(), new Operations()), tokens).statuses().size();
            progress(configuration, "warming up");
            load(service, schema, meter).run(options.concurrency().get(0), options.warmUp());
            List<LoadPhase.Result> levels = new ArrayList<>();
            for (int concurrency : options.concurrency()) {
                progress(configuration, concurrency + " virtual users for " + options.levelDuration().toSeconds() + " s");
                LoadPhase.Result level = load(service, schema, meter).run(concurrency, options.levelDuration());
                progress(configuration, "  %.0f commands/s, %.0f reads/s, lag p99 %.0f ms, %d failures".formatted(
                        level.commandsPerSecond(), level.readsPerSecond(), level.lag().p99Millis(), level.failureCount()));
                progress(configuration, "  service CPU %.1f ms/command, processors %.2f ms/event, %.1f statements/command"
                        .formatted(level.cost().cpuMillisPerCommand(level.commands()),
                                level.cost().processorCpuMillisPerEvent(),
                                level.cost().statementsPerCommand(level.commands())));
                level.firstFailures().forEach((operation, why) -> progress(configuration,
                        "  %s failed %d×, first: %s".formatted(operation, level.failures().get(operation), why)));
                levels.add(level);
            }
            LoadPhase.Result sustained = null;
            if (sustainedRun) {
                int best = levels.stream().max(Comparator.comparingDouble(LoadPhase.Result::commandsPerSecond))
                        .orElseThrow().concurrency();
                progress(configuration, "sustained: " + best + " virtual users for " + options.sustained().toSeconds() + " s");
                sustained = load(service, schema, meter).run(best, options.sustained());
            }
            progress(configuration, "loading aggregates of " + options.aggregateEvents() + " events");
            AggregateLoadStep.Result aggregateLoad = new AggregateLoadStep(service, events, tokens)
                    .run(options.aggregates(), options.aggregateEvents());
            progress(configuration, "replaying at least " + replayEvents + " events");
            ReplayStep.Result replay = new ReplayStep(service, events, tokens, meter, schema)
                    .run(replayEvents, options.replayTimeBox());
            progress(configuration, "  streaming ceiling %.0f rows/s, replay %.0f events/s".formatted(
                    replay.ceiling().rowsPerSecond(), replay.replayPerSecond()));
            service.stop();
            return new Result(configuration, processors, levels, sustained, aggregateLoad, replay,
                    service.ranOutOfMemory());
        } finally {
            if (!options.keepSchemas()) {
                database.dropSchema(schema);
            }
        }
    }

    private LoadPhase load(ServiceUnderTest service, Database.Schema schema, ServiceCostMeter meter) {
        return new LoadPhase(service.baseUri(), schema, tokens, meter);
    }

    private static void progress(ServiceConfiguration configuration, String what) {
        System.out.printf("[%s] %s%n", configuration.name(), what);
    }

    /** @param processors the service's event processors, as its admin API lists them */
    record Result(ServiceConfiguration configuration, int processors, List<LoadPhase.Result> levels,
                  LoadPhase.Result sustained, AggregateLoadStep.Result aggregateLoad, ReplayStep.Result replay,
                  boolean ranOutOfMemory) {

        LoadPhase.Result level(int concurrency) {
            return levels.stream().filter(level -> level.concurrency() == concurrency).findFirst().orElseThrow();
        }

        /** The level of the highest throughput: the load that saturates the service. */
        LoadPhase.Result saturating() {
            return levels.stream().max(Comparator.comparingDouble(LoadPhase.Result::commandsPerSecond)).orElseThrow();
        }

        /** The measured phases: every level, and the sustained run if there was one. */
        List<LoadPhase.Result> phases() {
            List<LoadPhase.Result> phases = new ArrayList<>(levels);
            if (sustained != null) {
                phases.add(sustained);
            }
            return phases;
        }
    }
}

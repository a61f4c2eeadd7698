package org.partnershipledger.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of virtual users working for a fixed time against the service, each with several partnerships in
 * progress and one request in flight at a time: the closed-loop load of people working as fast as the service lets
 * them.
 */
final class LoadPhase {

    /** Partnerships each virtual user keeps in progress, so that it has work while the vetting process has its turn. */
    private static final int JOURNEYS_PER_USER = 6;
    /** How long a virtual user whose journeys all wait on the service pauses before looking again. */
    private static final long NOTHING_READY_PAUSE_MILLIS = 2;

    private final URI service;
    private final Database.Schema schema;
    private final AccessTokens tokens;
    private final ServiceCostMeter meter;

    LoadPhase(URI service, Database.Schema schema, AccessTokens tokens, ServiceCostMeter meter) {
        this.service = service;
        this.schema = schema;
        this.tokens = tokens;
        this.meter = meter;
    }

    Result run(int concurrency, Duration duration) {
        Operations operations = new Operations();
        AtomicLong journeys = new AtomicLong();
        AtomicLong failedJourneys = new AtomicLong();
        ServiceCostMeter.Reading costSoFar = meter.read();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ProjectionLag lag = new ProjectionLag(schema)) {
            List<Thread> users = new ArrayList<>();
            for (int number = 0; number < concurrency; number++) {
                VirtualUser user = VirtualUser.numbered(number, tokens);
                Api api = new Api(service, operations);
                Thread thread = new Thread(() -> {
                    Journey[] inProgress = new Journey[JOURNEYS_PER_USER];
                    while (System.nanoTime() < deadline) {
                        boolean progressed = false;
                        for (int each = 0; each < inProgress.length && System.nanoTime() < deadline; each++) {
                            if (inProgress[each] == null) {
                                inProgress[each] = new Journey(api, user, operations, lag);
                            }
                            Journey.Outcome outcome = inProgress[each].step();
                            progressed |= outcome == Journey.Outcome.DONE;
                            if (outcome == Journey.Outcome.FAILED) {
                                failedJourneys.incrementAndGet();
                                inProgress[each] = null;
                            } else if (inProgress[each].finished()) {
                                journeys.incrementAndGet();
                                inProgress[each] = null;
                            }
                        }
                        if (!progressed) {
                            Pause.millis(NOTHING_READY_PAUSE_MILLIS);
                        }
                    }
                }, "virtual-user-" + number);
                users.add(thread);
                thread.start();
            }
            for (Thread user : users) {
                join(user);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // The cost is read once the read model has caught up, so that it includes processing the phase's events.
            lag.awaitSettled(30_000);
            ServiceCost cost = meter.since(costSoFar);
            return new Result(concurrency, seconds, operations.summaries(), operations.failures(),
                    operations.firstFailures(), lag.observed(), lag.outstanding(), journeys.get(),
                    failedJourneys.get(), start, cost);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What one phase measured. */
    record Result(int concurrency, double seconds, Map<String, Latencies.Summary> operations,
                  Map<String, Long> failures, Map<String, String> firstFailures, List<long[]> lags,
                  int lagsNeverSeen, long journeys, long failedJourneys, long startedAt, ServiceCost cost) {

        long commands() {
            return operations.entrySet().stream().filter(each -> Journey.COMMANDS.contains(each.getKey()))
                    .mapToLong(each -> each.getValue().count()).sum();
        }

        double commandsPerSecond() {
            return commands() / seconds;
        }

        double readsPerSecond() {
            return operations.entrySet().stream().filter(each -> Journey.READS.contains(each.getKey()))
                    .mapToLong(each -> each.getValue().count()).sum() / seconds;
        }

        long failureCount() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        Latencies.Summary lag() {
            return lagBetween(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        /**
         * The lag in each full minute of the phase, to see whether it grows; the whole phase as one window if it was
         * shorter than a minute.
         */
        List<Latencies.Summary> lagByFullMinute() {
            long minute = Duration.ofMinutes(1).toNanos();
            long length = (long) (seconds * 1e9);
            if (length < minute) {
                return List.of(lag());
            }
            List<Latencies.Summary> minutes = new ArrayList<>();
            for (long from = 0; from + minute <= length; from += minute) {
                minutes.add(lagBetween(from, from + minute));
            }
            return minutes;
        }

        /** The lags of the commands acknowledged within a window of the phase, in nanoseconds since its start. */
        Latencies.Summary lagBetween(long fromNanos, long toNanos) {
            Latencies window = new Latencies();
            for (long[] lag : lags) {
                long at = lag[0] - startedAt;
                if (at >= fromNanos && at < toNanos) {
                    window.record(lag[1]);
                }
            }
            return window.summary();
        }
    }
}

package org.partnershipledger.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The latencies and outcomes of every operation of one load phase, by operation name. */
final class Operations {

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, String> firstFailure = new ConcurrentHashMap<>();

    void record(String operation, long nanos) {
        latencies.computeIfAbsent(operation, name -> new Latencies()).record(nanos);
    }

    /** Notes why an operation did not do what the journey expected, once per operation. */
    void failure(String operation, String why) {
        failures.computeIfAbsent(operation, name -> new LongAdder()).increment();
        firstFailure.putIfAbsent(operation, why);
    }

    Map<String, Latencies.Summary> summaries() {
        Map<String, Latencies.Summary> summaries = new TreeMap<>();
        latencies.forEach((operation, recorded) -> summaries.put(operation, recorded.summary()));
        return summaries;
    }

    Map<String, Long> failures() {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach((operation, count) -> counts.put(operation, count.sum()));
        return counts;
    }

    Map<String, String> firstFailures() {
        return new TreeMap<>(firstFailure);
    }
}

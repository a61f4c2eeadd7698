package org.partnershipledger.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5: the time to load an aggregate with many events. Long-lived aggregates get their history by copying their
 * last stored event (the service stopped meanwhile), then the same command is sent to each long-lived aggregate and
 * to a short-lived twin in turn: the difference of the median latencies is the time spent loading the long history.
 * Measured three ways: from the events alone just after start, from the cache on the next command, and after a
 * restart (from the events again, or from a snapshot should a configuration take them).
 */
final class AggregateLoadStep {

    private final ServiceUnderTest service;
    private final StoredEvents events;
    private final AccessTokens tokens;
    private final String officer;
    private final Map<String, Integer> titles = new HashMap<>();

    AggregateLoadStep(ServiceUnderTest service, StoredEvents events, AccessTokens tokens) {
        this.service = service;
        this.events = events;
        this.tokens = tokens;
        this.officer = tokens.token("bench-loader", VirtualUser.OFFICE, "PARTNERSHIP_OFFICER");
    }

    Result run(int aggregates, int eventsEach) {
        List<String> longLived = new ArrayList<>();
        List<String> shortLived = new ArrayList<>();
        for (int each = 0; each < aggregates; each++) {
            longLived.add(proposeAndCorrect());
            shortLived.add(proposeAndCorrect());
        }
        service.stop();
        events.repeatLastEventUntil(longLived, eventsEach);
        long stored = events.eventsOf(longLived.get(0));
        service.start();
        warmUp(shortLived);
        double fromEvents = loadMillis(longLived, shortLived);
        double cached = loadMillis(longLived, shortLived);
        service.restart();
        warmUp(shortLived);
        double afterRestart = loadMillis(longLived, shortLived);
        return new Result(stored, fromEvents, afterRestart, cached);
    }

    private String proposeAndCorrect() {
        Api api = new Api(service.baseUri(), new Operations());
        Api.Reply proposed = api.post(null, officer, "/api/partnerships", """
                {"title": "Title 0", "purpose": "A partnership with a long history", "form": "COLLABORATIVE_RELATIONSHIP",
                 "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "partners": [{"name": "Long history partner", "type": "KNOWLEDGE", "country": "SN", "engagement": "ACTIVE"}]}
                """);
        require(proposed);
        String id = proposed.json().get("id").asText();
        titles.put(id, 0);
        require(correctTitle(api, id));
        return id;
    }

    private void warmUp(List<String> shortLived) {
        Api api = new Api(service.baseUri(), new Operations());
        for (int round = 0; round < 30; round++) {
            for (String id : shortLived) {
                require(correctTitle(api, id));
            }
        }
    }

    /** Median latency of a command on a long-lived aggregate minus that of the same command on a short-lived one. */
    private double loadMillis(List<String> longLived, List<String> shortLived) {
        Operations operations = new Operations();
        Api api = new Api(service.baseUri(), operations);
        for (int each = 0; each < longLived.size(); each++) {
            Api.Reply control = correctTitle(api, shortLived.get(each), "short");
            Api.Reply measured = correctTitle(api, longLived.get(each), "long");
            require(control);
            require(measured);
        }
        Map<String, Latencies.Summary> summaries = operations.summaries();
        return Math.max(0, (summaries.get("long").p50() - summaries.get("short").p50()) / 1e6);
    }

    private Api.Reply correctTitle(Api api, String id) {
        return correctTitle(api, id, null);
    }

    private Api.Reply correctTitle(Api api, String id, String operation) {
        int current = titles.get(id);
        Api.Reply reply = api.post(operation, officer, "/api/partnerships/" + id + "/corrections", """
                {"fact": "TITLE", "oldValue": "Title %d", "newValue": "Title %d", "reason": "Misspelt in the proposal"}
                """.formatted(current, current + 1));
        if (reply.succeeded()) {
            titles.put(id, current + 1);
        }
        return reply;
    }

    private static void require(Api.Reply reply) {
        if (!reply.succeeded()) {
            throw new IllegalStateException("Aggregate load step: the service answered " + reply);
        }
    }

    /**
     * @param events        events in each long-lived aggregate's history
     * @param fromEvents    load time in milliseconds right after start, from the events
     * @param afterRestart  load time after a restart
     * @param cached        load time of the next command
     */
    record Result(long events, double fromEvents, double afterRestart, double cached) {
    }
}

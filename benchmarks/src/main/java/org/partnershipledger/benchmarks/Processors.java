package org.partnershipledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The service's event processors as its administrators see them ({@code /api/admin/projections}). */
final class Processors {

    private final Api api;
    private final String adminToken;

    Processors(Api api, AccessTokens tokens) {
        this.api = api;
        this.adminToken = tokens.token("bench-admin", "HQ", "ADMIN");
    }

    List<JsonNode> statuses() {
        Api.Reply reply = api.get(null, adminToken, "/api/admin/projections");
        if (!reply.succeeded()) {
            throw new IllegalStateException("GET /api/admin/projections answered " + reply);
        }
        List<JsonNode> statuses = new ArrayList<>();
        reply.json().get("items").forEach(statuses::add);
        return statuses;
    }

    List<String> names(boolean replayable) {
        return statuses().stream().filter(status -> status.get("replayable").asBoolean() == replayable)
                .map(status -> status.get("name").asText()).toList();
    }

    /** Whether every processor has processed the stream up to {@code head}. */
    boolean allReached(long head) {
        return statuses().stream().allMatch(status -> status.hasNonNull("position")
                && status.get("position").asLong() >= head);
    }

    void replay(String name) {
        Api.Reply reply = api.post(null, adminToken, "/api/admin/projections/" + name + "/replay", "");
        if (!reply.succeeded()) {
            throw new IllegalStateException("Replay of " + name + " answered " + reply);
        }
    }

    /** The lowest replay progress (processed positions) of the named processors, and whether all have finished. */
    Progress replayProgress(List<String> names) {
        long processed = Long.MAX_VALUE;
        boolean finished = true;
        for (JsonNode status : statuses()) {
            if (names.contains(status.get("name").asText())) {
                JsonNode replay = status.get("lastReplay");
                processed = Math.min(processed, replay.get("processed").asLong());
                finished &= replay.hasNonNull("finishedAt");
            }
        }
        return new Progress(processed, finished);
    }

    record Progress(long processed, boolean finished) {
    }
}

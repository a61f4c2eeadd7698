package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnershipledger.app.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/**
 * Waits until a running service is at rest: the event store stopped growing (the vetting process may still act on the
 * last events by storing more) and every event processor, as the administrators' API reports it, has caught up with
 * its head. Then read models may be compared, or rows taken as they are.
 */
final class Quiescence {

    /** Polls, 250 ms apart, in which nothing moved before the processors count as settled. */
    private static final int SETTLED_POLLS = 4;

    private final ApiClient api;
    private final JdbcClient jdbc;

    Quiescence(ApiClient api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** Waits until the service is at rest; answers the head of the event store. */
    long quiesce() {
        return quiesceWhile(null);
    }

    /**
     * As {@link #quiesce()}, while a rebuild of {@code rebuilding} (if not null) is held: that processor reports
     * {@code REBUILDING}, and only its position is waited for.
     */
    long quiesceWhile(String rebuilding) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long head = head();
        int settledPolls = 0;
        Map<String, Integer> segments = new HashMap<>();
        while (true) {
            sleep(250);
            long now = head();
            boolean caughtUp = true;
            for (JsonNode processor : api.get(ReplayAndEvolutionContract.ADMIN, "/api/admin/projections").json()
                    .get("items")) {
                boolean held = processor.get("name").asText().equals(rebuilding);
                caughtUp &= (held || processor.get("state").asText().equals("CAUGHT_UP"))
                        && processor.get("position").asLong() >= now && allSegmentsClaimed(processor, segments);
            }
            settledPolls = caughtUp && now == head ? settledPolls + 1 : 0;
            if (settledPolls == SETTLED_POLLS) {
                return head;
            }
            if (System.nanoTime() > deadline) {
                fail("the processors did not settle: " + api.get(ReplayAndEvolutionContract.ADMIN,
                        "/api/admin/projections"));
            }
            head = now;
        }
    }

    /** The highest global index in the event store, 0 when it is empty. */
    long head() {
        Long head = jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        return head == null ? 0 : head;
    }

    /**
     * Whether the processor works on as many segments as it ever did here: one backing off after a failed batch has
     * released a segment and looks caught up on the others, until its retry stores more events.
     */
    private static boolean allSegmentsClaimed(JsonNode processor, Map<String, Integer> mostSegmentsSeen) {
        int claimed = processor.get("segments").asInt();
        return mostSegmentsSeen.merge(processor.get("name").asText(), claimed, Math::max) == claimed;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

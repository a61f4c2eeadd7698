package org.partnershipledger.app.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventProcessorsHealthIndicatorTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration STUCK_AFTER = Duration.ofSeconds(60);

    private final ProcessorProgress caughtUp = new ProcessorProgress("partnership-views", true, false, 9L, 0L, null);
    private final ProcessorProgress failingSinceT0 = new ProcessorProgress("vetting-process", true, true, 4L, 5L, T0);

    @Test
    void a_processor_unhealthy_for_less_than_the_threshold_keeps_the_node_up() {
        Health health = health(T0.plusSeconds(59), caughtUp, failingSinceT0);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(state(health, "vetting-process")).isEqualTo("ERROR");
    }

    @Test
    void a_processor_unhealthy_for_the_threshold_takes_the_node_down_and_is_named() {
        Health health = health(T0.plusSeconds(60), caughtUp, failingSinceT0);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(state(health, "vetting-process")).isEqualTo("STUCK");
        assertThat(state(health, "partnership-views")).isEqualTo("RUNNING");
        assertThat(detail(health, "vetting-process")).containsEntry("lag", 5L).containsEntry("position", 4L);
    }

    @Test
    void no_processors_sampled_yet_is_up() {
        assertThat(health(T0).getStatus()).isEqualTo(Status.UP);
    }

    private static Health health(Instant now, ProcessorProgress... processors) {
        return new EventProcessorsHealthIndicator(() -> List.of(processors), STUCK_AFTER,
                Clock.fixed(now, ZoneOffset.UTC)).health();
    }

    private static String state(Health health, String processor) {
        return (String) detail(health, processor).get("state");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Health health, String processor) {
        return (Map<String, Object>) health.getDetails().get(processor);
    }
}

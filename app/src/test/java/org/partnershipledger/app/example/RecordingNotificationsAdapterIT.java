package org.partnershipledger.app.example;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.application.notification.Notification;
import org.partnershipledger.example.adapters.recording.RecordingNotificationsAdapter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 5 of {@code docs/adapters.md}: the example adapter in the running service, next to the webhook adapter. An
 * officer proposes a partnership over HTTP and the adapter hears of it; an administrator's replay tells it nothing
 * again.
 */
@SpringBootTest(classes = {PartnershipLedgerApplication.class, RecordingNotificationsConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
class RecordingNotificationsAdapterIT {

    private static final String BODY = """
            {"title": "Heard by the example adapter", "purpose": "...",
             "form": "COLLABORATIVE_RELATIONSHIP", "agencyRole": "CONVENER", "scope": "LOCAL",
             "partners": [{"name": "Radio Sahel", "type": "MEDIA", "country": "SN", "engagement": "ADVISORY"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    RecordingNotificationsAdapter adapter;

    @Test
    void a_partnership_proposed_over_http_is_heard_once_and_a_replay_tells_nothing_again() throws Exception {
        ApiClient api = new ApiClient(port);
        String partnership = api.post("officer", "/api/partnerships", BODY).json().get("id").asText();

        List<Notification> heard = await(() -> adapter.heardOf(partnership));
        assertThat(heard).extracting(Notification::eventType).containsExactly("PartnershipProposed");
        assertThat(heard.get(0).aggregateType()).isEqualTo("Partnership");
        assertThat(heard.get(0).occurredAt()).isBefore(Instant.now());

        assertThat(api.post("admin", "/api/admin/projections/partnership-views/replay", "").status()).isEqualTo(202);
        Thread.sleep(2000);
        assertThat(adapter.timesCalledFor(partnership)).as("the replay reached the read models only").isEqualTo(1);
    }

    private static List<Notification> await(java.util.function.Supplier<List<Notification>> heard)
            throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (heard.get().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return heard.get();
    }
}

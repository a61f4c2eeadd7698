package org.partnershipledger.example.adapters.recording;

import org.junit.jupiter.api.Test;
import org.partnershipledger.application.notification.Notification;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Step 4 of the guide: the adapter tested on its own, against the port's contract. */
class RecordingNotificationsAdapterTest {

    private final RecordingNotificationsAdapter adapter = new RecordingNotificationsAdapter();

    @Test
    void it_keeps_what_it_heard_of_each_record_in_the_order_of_its_history() {
        adapter.publish(notification("e-2", "p-1", 1, "PartnerJoined"));
        adapter.publish(notification("e-1", "p-1", 0, "PartnershipProposed"));
        adapter.publish(notification("e-3", "p-2", 0, "PartnershipProposed"));

        assertThat(adapter.heardOf("p-1")).extracting(Notification::eventType)
                .containsExactly("PartnershipProposed", "PartnerJoined");
        assertThat(adapter.heardOf("p-3")).isEmpty();
    }

    @Test
    void an_event_heard_again_is_recorded_once() {
        adapter.publish(notification("e-1", "p-1", 0, "PartnershipProposed"));
        adapter.publish(notification("e-1", "p-1", 0, "PartnershipProposed"));

        assertThat(adapter.heardOf("p-1")).hasSize(1);
    }

    private static Notification notification(String eventId, String aggregateId, long sequence, String type) {
        return new Notification(eventId, type, "Partnership", aggregateId, sequence, Instant.EPOCH, "payload");
    }
}

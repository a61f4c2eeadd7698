package org.partnershipledger.example.adapters.recording;

import org.partnershipledger.application.notification.EventNotifications;
import org.partnershipledger.application.notification.Notification;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The example adapter of {@code docs/adapters.md}, built by following its steps: it implements the
 * {@link EventNotifications} port, logs one line per event and keeps what it heard, so that a test can read it back.
 * Its "technology" is memory; a real adapter would write to its own table here, in the processor's transaction, and
 * send from a worker of its own, as {@code adapters-webhooks} does.
 */
public class RecordingNotificationsAdapter implements EventNotifications {

    private static final System.Logger log = System.getLogger(RecordingNotificationsAdapter.class.getName());

    /** By event id, so that hearing an event again, as the port's contract allows, records it once. */
    private final Map<String, Notification> heard = new ConcurrentHashMap<>();
    private final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void publish(Notification notification) {
        calls.add(notification.aggregateId());
        if (heard.putIfAbsent(notification.eventId(), notification) == null) {
            log.log(Level.INFO, "{0} {1} of {2} {3}", notification.eventType(), notification.sequenceNumber(),
                    notification.aggregateType(), notification.aggregateId());
        }
    }

    /** How often the port was called for one record, repeats included. */
    public long timesCalledFor(String aggregateId) {
        return calls.stream().filter(aggregateId::equals).count();
    }

    /** What was heard of one record, in the order of its history. */
    public List<Notification> heardOf(String aggregateId) {
        return heard.values().stream().filter(notification -> notification.aggregateId().equals(aggregateId))
                .sorted(java.util.Comparator.comparingLong(Notification::sequenceNumber)).toList();
    }
}

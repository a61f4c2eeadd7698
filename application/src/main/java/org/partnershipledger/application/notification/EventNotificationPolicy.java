package org.partnershipledger.application.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.Objects;

/**
 * Hands every published event ({@link NotifiableEvents}) to each {@link EventNotifications} port (ADR 020).
 *
 * <p>It runs in a processing group of its own, {@value #PROCESSING_GROUP}, so that a slow or failing notification
 * adapter never holds up the read models or the vetting process, and they never hold it up. Like the vetting process
 * it starts at the head of the event stream and never replays ({@link DisallowReplay}): receivers hear what happens
 * from the moment notifications are deployed, once, and an administrator's replay of the read models tells nobody
 * anything again. A failure of a port propagates (the composition root gives the group a propagating error handler),
 * so that the batch is retried rather than an event skipped.
 */
@ProcessingGroup(EventNotificationPolicy.PROCESSING_GROUP)
@DisallowReplay
public class EventNotificationPolicy {

    public static final String PROCESSING_GROUP = "event-notifications";

    private final List<EventNotifications> ports;

    public EventNotificationPolicy(List<EventNotifications> ports) {
        this.ports = List.copyOf(Objects.requireNonNull(ports, "ports"));
    }

    /** Every event reaches this handler; those outside the catalogue, and any not of an aggregate, are not published. */
    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domain)) {
            return;
        }
        NotifiableEvents.nameOf(payload.getClass()).ifPresent(name -> {
            Notification notification = new Notification(event.getIdentifier(), name, domain.getType(),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), event.getTimestamp(), payload);
            ports.forEach(port -> port.publish(notification));
        });
    }
}

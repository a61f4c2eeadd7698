package org.partnershipledger.application.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.partnershipledger.application.identity.AuditMetadata;

import java.time.Instant;

/**
 * Which events an export includes; every part is optional and they combine with AND.
 *
 * @param from      the earliest timestamp included
 * @param to        the latest timestamp included
 * @param aggregate the kind of record the events are about
 * @param userId    the user on whose behalf the events were recorded (the {@code userId} metadata)
 */
public record ExportFilter(Instant from, Instant to, AuditedAggregate aggregate, String userId) {

    public ExportFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from, was from " + from + " to " + to);
        }
        if (userId != null && userId.isBlank()) {
            userId = null;
        }
    }

    /** Decides from the message's envelope alone, so that events left out are never deserialized. */
    public boolean accepts(EventMessage<?> event) {
        Instant at = event.getTimestamp();
        if (from != null && at.isBefore(from) || to != null && at.isAfter(to)) {
            return false;
        }
        if (aggregate != null && !(event instanceof DomainEventMessage<?> domain
                && aggregate.typeName().equals(domain.getType()))) {
            return false;
        }
        return userId == null || userId.equals(String.valueOf(event.getMetaData().get(AuditMetadata.USER_ID)));
    }
}

package org.partnershipledger.projections.audit;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.audit.AuditedAggregate;
import org.partnershipledger.application.audit.EventLog;
import org.partnershipledger.application.audit.queries.FindEventHistory;
import org.partnershipledger.application.audit.queries.FindPartnershipAsOf;
import org.partnershipledger.application.audit.queries.FindVettingAsOf;
import org.partnershipledger.application.audit.queries.PointInHistory;
import org.partnershipledger.application.audit.views.AuditedEvent;
import org.partnershipledger.application.audit.views.EventHistoryPage;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.projections.partnership.InMemoryPartnershipViewStore;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.vetting.InMemoryVettingViewStore;
import org.partnershipledger.projections.vetting.VettingViewProjection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Answers the auditor's questions about one record from the event store ({@link EventLog}), never from a read model,
 * so the answers hold whatever state the read models are in:
 * <ul>
 *   <li>its history, a page at a time, each event described by {@link AuditedEvent};</li>
 *   <li>its view as it stood at an instant or a version: the events up to that point are fed through a new
 *       {@link PartnershipViewProjection} (or {@link VettingViewProjection}) over an in-memory store, by Axon's own
 *       handler invocation, so the past view comes from the same handlers, and has the same shape, as the current
 *       one.</li>
 * </ul>
 * No event handlers here: nothing is stored, so there is nothing to replay.
 */
public class AuditTrailProjection {

    private final EventLog log;

    public AuditTrailProjection(EventLog log) {
        this.log = Objects.requireNonNull(log);
    }

    @QueryHandler
    Optional<EventHistoryPage> handle(FindEventHistory query) {
        long first = query.offset();
        long last = first + query.size();
        List<AuditedEvent> page = new ArrayList<>();
        long total = 0;
        try (Stream<DomainEventMessage<?>> events = log.eventsOf(query.aggregateId())) {
            Iterator<DomainEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                DomainEventMessage<?> event = iterator.next();
                if (total == 0 && !query.aggregate().typeName().equals(event.getType())) {
                    return Optional.empty();
                }
                if (total >= first && total < last) {
                    page.add(AuditedEvent.of(event));
                }
                total++;
            }
        }
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(new EventHistoryPage(query.aggregate().typeName(), query.aggregateId(), query.page(),
                query.size(), total, page));
    }

    @QueryHandler
    Optional<PartnershipView> handle(FindPartnershipAsOf query) {
        InMemoryPartnershipViewStore store = new InMemoryPartnershipViewStore();
        return rebuild(AuditedAggregate.PARTNERSHIP, query.partnershipId(), query.point(),
                new PartnershipViewProjection(store), id -> store.find(id), PartnershipView::version);
    }

    @QueryHandler
    Optional<VettingView> handle(FindVettingAsOf query) {
        InMemoryVettingViewStore store = new InMemoryVettingViewStore();
        return rebuild(AuditedAggregate.VETTING, query.vettingId(), query.point(),
                new VettingViewProjection(store), id -> store.find(id), VettingView::version);
    }

    /**
     * Applies the record's events up to the point, in order, to the projection; a later event ends the replay, so the
     * view is always that of a prefix of the history. A version beyond the record's last is a state it never had.
     */
    private <V> Optional<V> rebuild(AuditedAggregate aggregate, String id, PointInHistory point, Object projection,
                                    Function<String, Optional<V>> view, ToLongFunction<V> version) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        try (Stream<DomainEventMessage<?>> events = log.eventsOf(id)) {
            Iterator<DomainEventMessage<?>> iterator = events.iterator();
            boolean first = true;
            while (iterator.hasNext()) {
                DomainEventMessage<?> event = iterator.next();
                if (first && !aggregate.typeName().equals(event.getType())) {
                    return Optional.empty();
                }
                first = false;
                if (!point.includes(event)) {
                    break;
                }
                apply(handlers, event);
            }
        }
        return view.apply(id).filter(rebuilt -> point.version() == null || version.applyAsLong(rebuilt) == point.version());
    }

    private static void apply(AnnotationEventHandlerAdapter handlers, DomainEventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("event " + event.getIdentifier() + " could not be applied", e);
        }
    }
}

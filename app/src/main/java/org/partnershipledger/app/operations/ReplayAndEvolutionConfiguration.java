package org.partnershipledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.partnershipledger.adapters.persistence.upcasting.PartnershipProposedUpcaster;
import org.partnershipledger.adapters.rest.admin.ProjectionAdminController;
import org.partnershipledger.application.operations.ProjectionReplays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/**
 * The event history as operators handle it (ADR 014):
 * <ul>
 *   <li>replay on demand: {@link ProjectionReplays} over Axon's streaming event processors, and the administrators'
 *       endpoints of {@link ProjectionAdminController} ({@code /api/admin/projections}, ADMIN only);</li>
 *   <li>event evolution: every {@link EventUpcaster} bean joins the upcaster chain of the event store (Axon's Spring
 *       Boot configuration registers them), so that events stored in an earlier revision load as the current one, both
 *       when an aggregate is sourced and when a processor streams them.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Import(ProjectionAdminController.class)
public class ReplayAndEvolutionConfiguration {

    /**
     * Timestamps of replays are the wall clock's, not the {@link Clock} bean's, which tests move to change "today";
     * rates are measured with {@link System#nanoTime()}.
     */
    @Bean
    ProjectionReplays projectionReplays(EventProcessingConfiguration processing, EventStore events) {
        return new AxonProjectionReplays(processing, events, Clock.systemUTC(), System::nanoTime);
    }

    /** {@code PartnershipProposed} revision 1 ({@code transfer}) read as revision 2 ({@code agencyTransfer}). */
    @Bean
    EventUpcaster partnershipProposedUpcaster() {
        return new PartnershipProposedUpcaster();
    }
}

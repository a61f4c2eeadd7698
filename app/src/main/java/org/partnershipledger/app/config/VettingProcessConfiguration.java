package org.partnershipledger.app.config;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.application.vetting.OpenedVettings;
import org.partnershipledger.application.vetting.PartnerVettingPolicy;
import org.partnershipledger.application.vetting.SanctionsScreening;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The vetting process (ADR 010): {@link PartnerVettingPolicy} in processing group
 * {@value PartnerVettingPolicy#PROCESSING_GROUP}, a pooled streaming processor of its own that
 * <ul>
 *   <li>starts at the head of the event stream when it first runs (no token yet): the policy acts on what happens
 *       from its deployment on and never works through history, which would vet every partner ever proposed;</li>
 *   <li>propagates every failure of a handler, so that the processor retries the event with back-off instead of
 *       logging it and moving on, as Axon's default handler would: no event of the process is ever skipped.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class VettingProcessConfiguration {

    @Bean
    PartnerVettingPolicy partnerVettingPolicy(CommandGateway commands, QueryGateway queries,
                                              SanctionsScreening screening, OpenedVettings openedVettings,
                                              TierPolicy tierPolicy, Clock clock) {
        return new PartnerVettingPolicy(commands, queries, screening, openedVettings, tierPolicy, clock);
    }

    /** Asks the event store itself, which also sees the events staged in the current unit of work. */
    @Bean
    OpenedVettings openedVettings(EventStore events) {
        return vettingId -> events.readEvents(vettingId.value()).hasNext();
    }

    @Bean
    ConfigurerModule vettingProcessor(PromptEventStreams.Pulse pulse) {
        return EventProcessingConfiguration.actingOnTheWorld(PartnerVettingPolicy.PROCESSING_GROUP, pulse);
    }
}

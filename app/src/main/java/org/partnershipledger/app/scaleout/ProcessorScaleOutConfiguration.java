package org.partnershipledger.app.scaleout;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.partnershipledger.adapters.persistence.scaleout.JdbcProcessingNodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Several nodes on one database (ADR 025): every pooled streaming processor splits its token into
 * {@code ledger.processors.segments} segments, and each node claims only its fair share of them
 * ({@link FairShareOfSegments}), counted from the heartbeats of {@code processing_node}; so two nodes both process
 * events, and the survivor takes everything once the other's claims time out.
 *
 * <p>Workers renew their claims three times per claim timeout, so that a claim never lapses while its node is alive
 * (a lapsed claim would let another node process the same segment at the same time).
 *
 * <p>The processors themselves are configured in one place, {@code EventProcessingConfiguration}: Axon keeps a single
 * default pooled-processor configuration, and a second registration would silently replace the first.
 *
 * <p>Two nodes also append to the same aggregate at once, which one node never does (it locks the aggregate); see
 * {@link #concurrentAppendsAreConflicts()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessorScaleOut.class)
public class ProcessorScaleOutConfiguration {

    public static final String CLAIM_TIMEOUT = "${axon.eventhandling.tokenstore.claim-timeout:10s}";

    @Bean
    JdbcProcessingNodes processingNodes(JdbcClient jdbc) {
        // The JVM's name (pid@host) is what Axon writes as the owner of a claim; the suffix tells restarts apart.
        return new JdbcProcessingNodes(jdbc, ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    @Bean
    FairShareOfSegments fairShareOfSegments(ProcessorScaleOut scaleOut) {
        return new FairShareOfSegments(scaleOut.maxClaimedSegmentsPerNode());
    }

    @Bean
    NodeHeartbeat nodeHeartbeat(JdbcProcessingNodes nodes, FairShareOfSegments share, ProcessorScaleOut scaleOut,
                                @Value(CLAIM_TIMEOUT) Duration claimTimeout) {
        return new NodeHeartbeat(nodes, share, scaleOut.heartbeatInterval(), claimTimeout);
    }

    /**
     * Two nodes that append the same aggregate's next event collide on the event table's unique key. Axon's default
     * resolver for the JDBC store recognizes only {@code SQLIntegrityConstraintViolationException}, which the
     * PostgreSQL driver never throws, so the loser's command failed as an {@code EventStoreException} (500) instead
     * of a {@code ConcurrencyException} (409). SQL state 23505 is the unique violation on PostgreSQL and H2 alike.
     */
    @Bean
    PersistenceExceptionResolver concurrentAppendsAreConflicts() {
        return new SQLStateResolver("23505");
    }
}

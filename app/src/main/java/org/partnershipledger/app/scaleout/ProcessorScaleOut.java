package org.partnershipledger.app.scaleout;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the event processors spread over several nodes on one database ({@code ledger.processors.*}, ADR 025). How long
 * a claim on a segment lasts without renewal is Axon's own {@code axon.eventhandling.tokenstore.claim-timeout}
 * (default 10 s); a node silent for that long counts as gone.
 *
 * @param segments                  how many segments a processor's token is split into when it first runs; at most
 *                                  this many nodes share one processor (later changes need a split or merge). One
 *                                  by default: on a single node, more segments only split the same events into
 *                                  smaller batches, each with a transaction and a token of its own (ADR 028)
 * @param maxClaimedSegmentsPerNode a cap on top of the fair share, for nodes that must not take more
 * @param tokenClaimInterval        how often a node looks for segments to claim or release
 * @param heartbeatInterval         how often a node says it is alive and counts the others
 */
@ConfigurationProperties(ProcessorScaleOut.PREFIX)
public record ProcessorScaleOut(@DefaultValue("1") int segments,
                                @DefaultValue("32767") int maxClaimedSegmentsPerNode,
                                @DefaultValue("5s") Duration tokenClaimInterval,
                                @DefaultValue("3s") Duration heartbeatInterval) {

    static final String PREFIX = "ledger.processors";

    public ProcessorScaleOut {
        SettingConstraints.under(PREFIX)
                .atLeast("segments", segments, 1)
                .atLeast("max-claimed-segments-per-node", maxClaimedSegmentsPerNode, 1)
                .positive("token-claim-interval", tokenClaimInterval)
                .positive("heartbeat-interval", heartbeatInterval)
                .enforce();
    }
}

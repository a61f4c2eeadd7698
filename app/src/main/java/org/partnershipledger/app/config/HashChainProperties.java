package org.partnershipledger.app.config;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The hash chain over the event store ({@code ledger.audit.hash-chain.*}, ADR 013).
 *
 * @param runEvery             pause between two runs of the chainer on this node
 * @param batchSize            events chained per transaction
 * @param gapTimeout           how long a missing global index below a stored event is waited for before it is recorded
 *                             as a gap; keep it longer than any transaction that writes events may take
 * @param checkpointEveryLinks a checkpoint at every position divisible by this
 * @param checkpointInterval   a checkpoint at the end of the chain too, when it grew and the latest is older than
 *                             this
 */
@ConfigurationProperties(HashChainProperties.PREFIX)
public record HashChainProperties(@DefaultValue("5s") Duration runEvery,
                                  @DefaultValue("200") int batchSize,
                                  @DefaultValue("60s") Duration gapTimeout,
                                  @DefaultValue("1000") long checkpointEveryLinks,
                                  @DefaultValue("1h") Duration checkpointInterval) {

    static final String PREFIX = "ledger.audit.hash-chain";

    public HashChainProperties {
        SettingConstraints.under(PREFIX)
                .positive("run-every", runEvery)
                .atLeast("batch-size", batchSize, 1)
                .notNegative("gap-timeout", gapTimeout)
                .atLeast("checkpoint-every-links", checkpointEveryLinks, 1)
                .positive("checkpoint-interval", checkpointInterval)
                .enforce();
    }
}

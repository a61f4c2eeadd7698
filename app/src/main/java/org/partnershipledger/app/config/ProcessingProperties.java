package org.partnershipledger.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event processors that keep the read models run ({@code ledger.processing.*}); ADR 015 gives the measurements
 * behind the defaults.
 *
 * @param mode      {@code pooled} (Axon's pooled streaming processor) or {@code tracking} (Axon's default processor)
 * @param batchSize events handled in one transaction, which also moves the processor's token once; a batch never
 *                  waits for more events to arrive, so a larger batch costs no latency when few events come
 * @param segments  segments a new processor splits the event stream into: the most threads or nodes that can work
 *                  on one processor at once
 * @param threads   threads per processor that handle the segments' batches
 */
@ConfigurationProperties("ledger.processing")
public record ProcessingProperties(@DefaultValue("pooled") Mode mode,
                                   @DefaultValue("100") int batchSize,
                                   @DefaultValue("4") int segments,
                                   @DefaultValue("2") int threads) {

    public ProcessingProperties {
        if (batchSize < 1 || segments < 1 || threads < 1) {
            throw new IllegalArgumentException("ledger.processing batch-size, segments and threads must be at least 1");
        }
    }

    public enum Mode { POOLED, TRACKING }
}

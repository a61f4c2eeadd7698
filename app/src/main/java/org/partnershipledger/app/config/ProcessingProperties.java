package org.partnershipledger.app.config;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the event processors that keep the read models run ({@code ledger.processors.*}); ADR 015 gives the measurements
 * behind the defaults.
 *
 * @param mode      {@code pooled} (Axon's pooled streaming processor) or {@code tracking} (Axon's default processor)
 * @param batchSize events handled in one transaction, which also moves the processor's token once; a batch never
 *                  waits for more events to arrive, so a larger batch costs no latency when few events come
 * @param threads   threads per processor on this node that handle the segments' batches
 * @param pulse     how often a caught-up processor looks for new events ({@link PromptEventStreams})
 * @see org.partnershipledger.app.scaleout.ProcessorScaleOut the segments and how nodes share them, same prefix
 */
@ConfigurationProperties(ProcessingProperties.PREFIX)
public record ProcessingProperties(@DefaultValue("pooled") Mode mode,
                                   @DefaultValue("100") int batchSize,
                                   @DefaultValue("2") int threads,
                                   @DefaultValue("10ms") Duration pulse) {

    static final String PREFIX = "ledger.processors";

    public ProcessingProperties {
        SettingConstraints.under(PREFIX)
                .positive("pulse", pulse)
                .atLeast("batch-size", batchSize, 1)
                .atLeast("threads", threads, 1)
                .enforce();
    }

    public enum Mode { POOLED, TRACKING }
}

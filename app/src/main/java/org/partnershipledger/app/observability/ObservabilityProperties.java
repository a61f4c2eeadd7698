package org.partnershipledger.app.observability;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the service watches its own event stream ({@code ledger.observability.*}, ADR 023).
 *
 * @param sampleInterval      how often the head of the event store and each processor's position are read
 * @param processorStuckAfter how long a processor may be in error, stopped, or behind without advancing before
 *                            readiness goes DOWN
 * @param eventStoreTimeout   how long the event store may go without answering before readiness goes DOWN; a read
 *                            that fails turns it DOWN at once
 * @param axonMessageTimers   whether Axon's own per-message timers and capacity windows are installed, as its
 *                            auto-configuration would; off, only its counters and the processors' time lag are
 *                            (ADR 028). Bound here so that it is a documented setting; the choice itself is a
 *                            condition on the property in AxonMessageMetricsConfiguration
 */
@ConfigurationProperties(ObservabilityProperties.PREFIX)
public record ObservabilityProperties(@DefaultValue("5s") Duration sampleInterval,
                                      @DefaultValue("60s") Duration processorStuckAfter,
                                      @DefaultValue("15s") Duration eventStoreTimeout,
                                      @DefaultValue("false") boolean axonMessageTimers) {

    static final String PREFIX = "ledger.observability";

    public ObservabilityProperties {
        SettingConstraints.under(PREFIX)
                .positive("sample-interval", sampleInterval)
                .positive("processor-stuck-after", processorStuckAfter)
                .positive("event-store-timeout", eventStoreTimeout)
                .enforce();
    }
}

package org.partnershipledger.app.config;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.partnershipledger.app.scaleout.FairShareOfSegments;
import org.partnershipledger.app.scaleout.ProcessorScaleOut;
import org.partnershipledger.app.scaleout.ProcessorScaleOutConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Every event processor, in one place because Axon keeps one default processor configuration and a second
 * registration would silently replace the first: pooled streaming processors handling events in batches, each batch
 * one transaction with the read model changes and the token move (ADR 015), whose segments the nodes on one database
 * share fairly (ADR 025). A processor's own configuration (the vetting process's start at the head) applies after this.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
public class EventProcessingConfiguration {

    @Bean
    PromptEventStreams.Pulse eventAvailabilityPulse(ProcessingProperties processing) {
        return new PromptEventStreams.Pulse(processing.pulse());
    }

    @Bean
    ConfigurerModule eventProcessors(ProcessingProperties processing, ProcessorScaleOut scaleOut,
                                     FairShareOfSegments share, PromptEventStreams.Pulse pulse,
                                     @Value(ProcessorScaleOutConfiguration.CLAIM_TIMEOUT) Duration claimTimeout) {
        // Workers renew their claims three times per claim timeout, so a claim never lapses while its node is alive.
        long claimRenewal = Math.max(100, claimTimeout.toMillis() / 3);
        return configurer -> {
            EventProcessingConfigurer processors = configurer.eventProcessing()
                    .configureDefaultStreamableMessageSource(
                            configuration -> pulse.streamsOf(configuration.eventStore()));
            if (processing.mode() == ProcessingProperties.Mode.TRACKING) {
                // A tracking processor's thread works on one segment only: fewer threads than segments would leave
                // segments unprocessed on a single node.
                processors.usingTrackingEventProcessors()
                        .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                                .forParallelProcessing(Math.max(processing.threads(), scaleOut.segments()))
                                .andInitialSegmentsCount(scaleOut.segments())
                                .andBatchSize(processing.batchSize()));
                return;
            }
            processors.usingPooledStreamingEventProcessors()
                    .registerPooledStreamingEventProcessorConfiguration((configuration, processor) -> processor
                            .batchSize(processing.batchSize())
                            .workerExecutor(name -> {
                                ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                                        processing.threads(), new AxonThreadFactory("WorkPackage[" + name + "]"));
                                configuration.onShutdown(workers::shutdown);
                                return workers;
                            })
                            .initialSegmentCount(scaleOut.segments())
                            .maxSegmentProvider(share)
                            .tokenClaimInterval(scaleOut.tokenClaimInterval().toMillis())
                            .claimExtensionThreshold(claimRenewal));
        };
    }

    /**
     * A processor for handlers that act on the world (the vetting process, notifications): it starts at the head of the
     * event stream when it first runs, so it never works through history, and it propagates every handler failure,
     * so the event is retried with back-off rather than logged and skipped. Always a pooled streaming processor,
     * whatever {@code ledger.processors.mode} says, since the start at the head is that processor's setting.
     */
    public static ConfigurerModule actingOnTheWorld(String processingGroup, PromptEventStreams.Pulse pulse) {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(processingGroup,
                        configuration -> pulse.streamsOf(configuration.eventStore()),
                        (configuration, processor) -> processor.initialToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(processingGroup,
                        configuration -> PropagatingErrorHandler.instance());
    }
}

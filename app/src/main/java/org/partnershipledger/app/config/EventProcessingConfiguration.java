package org.partnershipledger.app.config;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The event processors that keep the read models: pooled streaming processors handling events in batches, each
 * batch one transaction with the read model changes and the token move (ADR 015).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
public class EventProcessingConfiguration {

    @Bean
    ConfigurerModule eventProcessors(ProcessingProperties processing) {
        return configurer -> {
            EventProcessingConfigurer processors = configurer.eventProcessing();
            if (processing.mode() == ProcessingProperties.Mode.TRACKING) {
                processors.usingTrackingEventProcessors()
                        .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                                .forParallelProcessing(processing.threads())
                                .andInitialSegmentsCount(processing.segments())
                                .andBatchSize(processing.batchSize()));
                return;
            }
            processors.usingPooledStreamingEventProcessors()
                    .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                            .batchSize(processing.batchSize())
                            .initialSegmentCount(processing.segments())
                            .workerExecutor(name -> {
                                ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                                        processing.threads(), new AxonThreadFactory("WorkPackage[" + name + "]"));
                                configuration.onShutdown(workers::shutdown);
                                return workers;
                            }));
        };
    }
}

package org.partnershipledger.app.notification;

import org.axonframework.config.ConfigurerModule;
import org.partnershipledger.adapters.rest.webhooks.WebhookAdminController;
import org.partnershipledger.adapters.webhooks.JdbcWebhookDeliveries;
import org.partnershipledger.adapters.webhooks.JdbcWebhookSubscriptions;
import org.partnershipledger.adapters.webhooks.RetrySchedule;
import org.partnershipledger.adapters.webhooks.WebhookDeliveryWorker;
import org.partnershipledger.adapters.webhooks.WebhookOutbox;
import org.partnershipledger.adapters.webhooks.WebhookSettings;
import org.partnershipledger.application.notification.EventNotificationPolicy;
import org.partnershipledger.application.notification.EventNotifications;
import org.partnershipledger.app.config.EventProcessingConfiguration;
import org.partnershipledger.app.config.PromptEventStreams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Notifications (ADR 020, 021).
 * <ul>
 *   <li>{@link EventNotificationPolicy} hands each published event to every {@link EventNotifications} bean: declaring
 *       another one is all it takes to add a notification adapter ({@code docs/adapters.md}). Its processing group,
 *       {@value EventNotificationPolicy#PROCESSING_GROUP}, is a pooled streaming processor of its own that starts at
 *       the head of the event stream and propagates failures, as the vetting process does (ADR 010), so that no event
 *       is skipped and none from before its deployment is announced.</li>
 *   <li>The webhook adapter: its outbox answers the port inside that processor's transaction; its stores answer the
 *       administrators' endpoints of {@link WebhookAdminController}; its worker sends on threads of its own.</li>
 * </ul>
 * The adapter's timestamps and due times are the wall clock's, not the {@link Clock} bean's, which tests move to change
 * "today".
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
@Import(WebhookAdminController.class)
public class NotificationConfiguration {

    @Bean
    EventNotificationPolicy eventNotificationPolicy(ObjectProvider<EventNotifications> ports) {
        return new EventNotificationPolicy(ports.orderedStream().toList());
    }

    @Bean
    ConfigurerModule eventNotificationProcessor(PromptEventStreams.Pulse pulse) {
        return EventProcessingConfiguration.actingOnTheWorld(EventNotificationPolicy.PROCESSING_GROUP, pulse);
    }

    /**
     * Bodies are stored in the outbox and signed as stored, so they are rendered by Jackson 2 as before the move to
     * Spring Boot 4, not by the web layer's Jackson 3 (ADR 001).
     */
    @Bean
    WebhookOutbox webhookOutbox(JdbcClient jdbc) {
        return new WebhookOutbox(jdbc, WebhookOutbox.bodyMapper(), Clock.systemUTC());
    }

    @Bean
    JdbcWebhookSubscriptions webhookSubscriptions(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new JdbcWebhookSubscriptions(jdbc, new TransactionTemplate(transactions), Clock.systemUTC());
    }

    @Bean
    JdbcWebhookDeliveries webhookDeliveries(JdbcClient jdbc) {
        return new JdbcWebhookDeliveries(jdbc, Clock.systemUTC());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    WebhookDeliveryWorker webhookDeliveryWorker(JdbcWebhookDeliveries deliveries, WebhookProperties properties) {
        return new WebhookDeliveryWorker(deliveries, new WebhookSettings(
                new RetrySchedule(properties.maxAttempts(), properties.baseDelay(), properties.maxDelay()),
                properties.pollInterval(), properties.connectTimeout(), properties.requestTimeout(),
                properties.threads()), Clock.systemUTC());
    }
}

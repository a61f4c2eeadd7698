package org.partnershipledger.app.example;

import org.partnershipledger.example.adapters.recording.RecordingNotificationsAdapter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Step 3 of {@code docs/adapters.md}: the example adapter wired as a bean. The notification policy hands every
 * published event to each {@code EventNotifications} bean, so this is all the wiring it needs. A production adapter's
 * configuration would also be added to {@code PartnershipLedgerApplication}'s {@code @Import}; the test imports it.
 */
@Configuration(proxyBeanMethods = false)
public class RecordingNotificationsConfiguration {

    @Bean
    RecordingNotificationsAdapter recordingNotifications() {
        return new RecordingNotificationsAdapter();
    }
}

package org.partnershipledger.app.screening;

import org.partnershipledger.adapters.screening.UnConsolidatedListScreeningAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * The sanctions screening port (V3), answered by the UN Security Council Consolidated List adapter.
 *
 * <p>{@value #LOCATION} says where the list is: a file path, a {@code file:} or {@code http(s):} URL, or a
 * {@code classpath:} resource. Only the default profile ({@code application-default.yml}) points it at the bundled
 * sample of fictitious entries; in every other profile it must be configured, and the service refuses to start
 * without it rather than vet against a made-up list. A list that cannot be read stops start-up too, naming the
 * location. {@value #THRESHOLD} is the score from which an entry counts as a match.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningConfiguration {

    public static final String LOCATION = "ledger.screening.un-list.location";
    public static final String THRESHOLD = "ledger.screening.threshold";

    @Bean
    UnConsolidatedListScreeningAdapter sanctionsScreening(@Value("${" + LOCATION + ":}") String location,
                                                          @Value("${" + THRESHOLD + ":"
                                                                  + UnConsolidatedListScreeningAdapter.DEFAULT_THRESHOLD
                                                                  + "}") double threshold,
                                                          Clock clock, Environment environment) {
        if (location.isBlank()) {
            throw new NoSanctionsListException(String.join(",", environment.getActiveProfiles()));
        }
        return new UnConsolidatedListScreeningAdapter(location, threshold, clock);
    }
}

package org.partnershipledger.app.screening;

import org.partnershipledger.adapters.screening.UnConsolidatedListScreeningAdapter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The sanctions screening port (V3), answered by the UN Security Council Consolidated List adapter.
 *
 * <p>{@value #LOCATION} says where the list is: a file path, a {@code file:} or {@code http(s):} URL, or a
 * {@code classpath:} resource. Only the default profile ({@code application-default.yml}) points it at the bundled
 * sample of fictitious entries; in every other profile it must be configured, and the start-up check refuses to start
 * without it ({@link ScreeningProperties}) rather than vet against a made-up list. A list that cannot be read stops
 * start-up too, naming the location.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningProperties.class)
public class ScreeningConfiguration {

    public static final String LOCATION = ScreeningProperties.PREFIX + ".un-list.location";

    @Bean
    UnConsolidatedListScreeningAdapter sanctionsScreening(ScreeningProperties screening, Clock clock) {
        return new UnConsolidatedListScreeningAdapter(screening.unList().location(), screening.threshold(), clock);
    }
}

package org.partnershipledger.app.config;

import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read models and the stores behind them. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    PartnershipViewStore partnershipViewStore(JdbcClient jdbc) {
        return new JdbcPartnershipViewStore(jdbc);
    }

    @Bean
    PartnershipViewProjection partnershipViewProjection(PartnershipViewStore store) {
        return new PartnershipViewProjection(store);
    }
}

package org.partnershipledger.app.config;

import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipStatisticsStore;
import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.adapters.persistence.partnership.JdbcPortfolioStore;
import org.partnershipledger.adapters.persistence.partnership.JdbcReviewCalendarStore;
import org.partnershipledger.projections.partnership.PartnershipStatisticsProjection;
import org.partnershipledger.projections.partnership.PartnershipStatisticsStore;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.partnershipledger.projections.partnership.PortfolioProjection;
import org.partnershipledger.projections.partnership.PortfolioStore;
import org.partnershipledger.projections.partnership.ReviewCalendarProjection;
import org.partnershipledger.projections.partnership.ReviewCalendarStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/**
 * The read models and the stores behind them. {@link PartnershipViewProjection} is the one event handler (processing
 * group {@value PartnershipViewProjection#PROCESSING_GROUP}); it keeps each view and its index, which the portfolio,
 * review calendar and statistics projections only read (ADR 008). Axon finds the handlers on these beans.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    PartnershipViewStore partnershipViewStore(JdbcClient jdbc) {
        return new JdbcPartnershipViewStore(jdbc);
    }

    @Bean
    PortfolioStore portfolioStore(JdbcClient jdbc) {
        return new JdbcPortfolioStore(jdbc);
    }

    @Bean
    ReviewCalendarStore reviewCalendarStore(JdbcClient jdbc) {
        return new JdbcReviewCalendarStore(jdbc);
    }

    @Bean
    PartnershipStatisticsStore partnershipStatisticsStore(JdbcClient jdbc) {
        return new JdbcPartnershipStatisticsStore(jdbc);
    }

    @Bean
    PartnershipViewProjection partnershipViewProjection(PartnershipViewStore store) {
        return new PartnershipViewProjection(store);
    }

    @Bean
    PortfolioProjection portfolioProjection(PortfolioStore store) {
        return new PortfolioProjection(store);
    }

    /** The same clock as the command handlers', so that a test moving it moves what the calendar calls overdue. */
    @Bean
    ReviewCalendarProjection reviewCalendarProjection(ReviewCalendarStore store, Clock clock) {
        return new ReviewCalendarProjection(store, clock);
    }

    @Bean
    PartnershipStatisticsProjection partnershipStatisticsProjection(PartnershipStatisticsStore store) {
        return new PartnershipStatisticsProjection(store);
    }
}

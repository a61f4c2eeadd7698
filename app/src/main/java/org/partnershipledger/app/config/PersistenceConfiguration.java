package org.partnershipledger.app.config;

import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipStatisticsStore;
import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.adapters.persistence.partnership.JdbcPortfolioStore;
import org.partnershipledger.adapters.persistence.partnership.JdbcReviewCalendarStore;
import org.partnershipledger.adapters.persistence.vetting.JdbcPartnerEngagementStore;
import org.partnershipledger.adapters.persistence.vetting.JdbcPartnerRegistryStore;
import org.partnershipledger.adapters.persistence.vetting.JdbcVettingQueueStore;
import org.partnershipledger.adapters.persistence.vetting.JdbcVettingViewStore;
import org.partnershipledger.projections.partnership.PartnershipStatisticsProjection;
import org.partnershipledger.projections.partnership.PartnershipStatisticsStore;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.partnershipledger.projections.partnership.PortfolioProjection;
import org.partnershipledger.projections.partnership.PortfolioStore;
import org.partnershipledger.projections.partnership.ReviewCalendarProjection;
import org.partnershipledger.projections.partnership.ReviewCalendarStore;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.PartnerRegistryProjection;
import org.partnershipledger.projections.vetting.PartnerRegistryStore;
import org.partnershipledger.projections.vetting.ReusableClearanceProjection;
import org.partnershipledger.projections.vetting.VettingQueueProjection;
import org.partnershipledger.projections.vetting.VettingQueueStore;
import org.partnershipledger.projections.vetting.VettingViewProjection;
import org.partnershipledger.projections.vetting.VettingViewStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/**
 * The read models and the stores behind them. {@link PartnershipViewProjection} is the one event handler (processing
 * group {@value PartnershipViewProjection#PROCESSING_GROUP}); it keeps each view and its index, which the portfolio,
 * review calendar and statistics projections only read (ADR 008). The vetting read models follow the same shape
 * (ADR 009): {@link VettingViewProjection} (group {@value VettingViewProjection#PROCESSING_GROUP}) keeps each vetting
 * and its index, read by the queue and clearance reuse; {@link PartnerRegistryProjection} (group
 * {@value PartnerRegistryProjection#PROCESSING_GROUP}) keeps what the registry needs of each partnership. Axon finds
 * the handlers on these beans.
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

    // ---- vetting read models (ADR 009) ------------------------------------------------------------------------

    @Bean
    VettingViewStore vettingViewStore(JdbcClient jdbc) {
        return new JdbcVettingViewStore(jdbc);
    }

    @Bean
    VettingQueueStore vettingQueueStore(JdbcClient jdbc) {
        return new JdbcVettingQueueStore(jdbc);
    }

    @Bean
    PartnerEngagementStore partnerEngagementStore(JdbcClient jdbc) {
        return new JdbcPartnerEngagementStore(jdbc);
    }

    @Bean
    PartnerRegistryStore partnerRegistryStore(JdbcClient jdbc) {
        return new JdbcPartnerRegistryStore(jdbc);
    }

    @Bean
    VettingViewProjection vettingViewProjection(VettingViewStore store) {
        return new VettingViewProjection(store);
    }

    /** Ages vettings by the same clock as the command handlers'. */
    @Bean
    VettingQueueProjection vettingQueueProjection(VettingQueueStore store, Clock clock) {
        return new VettingQueueProjection(store, clock);
    }

    /** Judges each partner's current clearance by the same clock as the command handlers'. */
    @Bean
    PartnerRegistryProjection partnerRegistryProjection(PartnerEngagementStore partnerships,
                                                        PartnerRegistryStore registry, Clock clock) {
        return new PartnerRegistryProjection(partnerships, registry, clock);
    }

    @Bean
    ReusableClearanceProjection reusableClearanceProjection(PartnerRegistryStore registry) {
        return new ReusableClearanceProjection(registry);
    }
}

package org.partnershipledger.app.config;

import org.partnershipledger.adapters.persistence.audit.chain.HashChainSettings;
import org.partnershipledger.adapters.persistence.audit.chain.JdbcHashChainStore;
import org.partnershipledger.adapters.persistence.audit.chain.JdbcHashChainer;
import org.partnershipledger.adapters.rest.audit.VerificationController;
import org.partnershipledger.application.audit.chain.HashChainStore;
import org.partnershipledger.application.audit.chain.HashChainVerifier;
import org.partnershipledger.application.audit.chain.HashChainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;

/**
 * Tamper evidence (ADR 013): the chainer that extends the hash chain over {@code domain_event_entry} every
 * {@code ledger.audit.hash-chain.run-every} on every node (one at a time holds the chain's head), the verification
 * behind {@code GET /api/audit/verification}, and the checkpoints behind {@code GET /api/audit/checkpoints}.
 *
 * <p>The chain covers the relational event store only: with Axon Server as the event store
 * ({@code axon.axonserver.enabled=true}) none of this is wired, and the endpoints are not served.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "axon.axonserver", name = "enabled", havingValue = "false", matchIfMissing = true)
@EnableScheduling
@EnableConfigurationProperties(HashChainProperties.class)
@Import(VerificationController.class)
public class TamperEvidenceConfiguration {

    @Bean
    JdbcHashChainer hashChainer(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                                HashChainProperties properties) {
        return new JdbcHashChainer(jdbc, transactions, clock, new HashChainSettings(properties.batchSize(),
                properties.gapTimeout(), properties.checkpointEveryLinks(), properties.checkpointInterval()));
    }

    @Bean
    HashChainStore hashChainStore(JdbcClient jdbc) {
        return new JdbcHashChainStore(jdbc);
    }

    @Bean
    HashChainVerifier hashChainVerifier(HashChainStore store, Clock clock) {
        return new HashChainVerifier(store, clock);
    }

    @Bean
    HashChainSchedule hashChainSchedule(HashChainer chainer, HashChainProperties properties) {
        return new HashChainSchedule(chainer, properties.runEvery());
    }

    /** Runs the chainer {@code run-every} after the end of its previous run; a failed run is logged and retried. */
    static class HashChainSchedule implements SchedulingConfigurer {

        private static final Logger log = LoggerFactory.getLogger(HashChainSchedule.class);

        private final HashChainer chainer;
        private final Duration runEvery;

        HashChainSchedule(HashChainer chainer, Duration runEvery) {
            this.chainer = chainer;
            this.runEvery = runEvery;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar tasks) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::extendTheChain, runEvery, runEvery));
        }

        void extendTheChain() {
            try {
                chainer.extend();
            } catch (RuntimeException e) {
                log.warn("The hash chain could not be extended this time; the next run tries again", e);
            }
        }
    }
}

package org.partnershipledger.app.reliability;

import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.time.Duration;

/**
 * How long the processors wait for an event committed out of order (ADR 022). A global index is taken from the
 * sequence when a transaction inserts its event, but the event becomes visible only when that transaction commits;
 * a later, faster transaction can commit first. Axon's JDBC event store then records the missing index in each
 * processor's token as a gap and asks for it again with every fetch, so the slow event is processed when it commits,
 * unless the gap was given up: when it is older than {@link #GAP_TIMEOUT} and more than {@link #GAP_CLEANING_THRESHOLD}
 * gaps are open, or when a processor reads an event older than the timeout.
 *
 * <p>The values are Axon's defaults, set here so that they are ours: a change of Axon's defaults must not change how
 * long a slow transaction may take. The timeout must stay longer than any transaction that stores events may take, and
 * is the hash chain's gap timeout too ({@code ledger.audit.hash-chain.gap-timeout}, ADR 013), so that processors and
 * chain give up on the same gaps. Axon offers no other way than these setters to set them on the storage engine its
 * Spring Boot configuration builds.
 */
public final class EventStreamGaps implements BeanPostProcessor {

    /** How long a missing global index is waited for before a processor may give it up. */
    public static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    /** How many open gaps a token may carry before the processor looks for timed-out ones to give up. */
    static final int GAP_CLEANING_THRESHOLD = 250;

    @Override
    @SuppressWarnings("deprecation") // Axon's only way to adjust the engine its autoconfiguration built.
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcEventStorageEngine engine) {
            engine.setGapTimeout(Math.toIntExact(GAP_TIMEOUT.toMillis()));
            engine.setGapCleaningThreshold(GAP_CLEANING_THRESHOLD);
        }
        return bean;
    }
}

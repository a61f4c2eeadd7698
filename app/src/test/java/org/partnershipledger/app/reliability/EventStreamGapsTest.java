package org.partnershipledger.app.reliability;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon keeps the settings private: the test reads them back where the engine keeps them. */
class EventStreamGapsTest {

    @Test
    void the_jdbc_event_store_waits_for_gaps_as_long_as_we_decided() throws ReflectiveOperationException {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(() -> {
                    throw new IllegalStateException("never connects in this test");
                })
                .transactionManager(NoTransactionManager.INSTANCE)
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .gapTimeout(1)
                .gapCleaningThreshold(1)
                .build();

        Object adjusted = new EventStreamGaps().postProcessAfterInitialization(engine, "eventStorageEngine");

        assertThat(adjusted).isSameAs(engine);
        assertThat(field(engine, "gapTimeout")).isEqualTo(60_000);
        assertThat(field(engine, "gapCleaningThreshold")).isEqualTo(250);
    }

    @Test
    void other_beans_are_left_alone() {
        Object bean = new Object();

        assertThat(new EventStreamGaps().postProcessAfterInitialization(bean, "other")).isSameAs(bean);
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = JdbcEventStorageEngine.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}

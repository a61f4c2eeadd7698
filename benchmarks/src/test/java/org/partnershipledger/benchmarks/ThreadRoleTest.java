package org.partnershipledger.benchmarks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadRoleTest {

    /** Names as /proc showed them for the tuned service and for Axon's defaults (tracking processors). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WorkPackage[par | PROCESSORS",
            "Coordinator[vet | PROCESSORS",
            "EventProcessor[ | PROCESSORS",
            "EmbeddedEventSt | PROCESSORS",
            "event-availabil | PROCESSORS",
            "read-model-rebu | PROCESSORS",
            "http-nio-41233- | REQUESTS",
            "GC Thread#1     | JVM",
            "G1 Conc#0       | JVM",
            "C2 CompilerThre | JVM",
            "VM Thread       | JVM",
            "HikariPool-1:ho | OTHER",
            "scheduling-1    | OTHER",
            "webhook-poller- | OTHER",
            "java            | OTHER"})
    void a_thread_is_told_by_its_truncated_name(String name, ThreadRole role) {
        assertThat(ThreadRole.of(name)).isEqualTo(role);
    }
}

package org.partnershipledger.app.endtoend;

import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.process.ServiceProcess;

/**
 * How the crash and two-node tests start the packaged service: on PostgreSQL (the given schema), with the demo users
 * (the password hash is cheap, so HTTP Basic costs the two cores little), no rate limit in the clients' way, four
 * segments per processor and short claim timeouts, so that hand-overs happen within seconds rather than the
 * production defaults' tens of seconds.
 */
final class ServiceNodes {

    /** How long a dead node's claims keep its segments from the others; production's default is 10 s. */
    static final String CLAIM_TIMEOUT = "3s";
    static final int SEGMENTS = 4;

    private ServiceNodes() {
    }

    static ServiceProcess.Launcher launcher(String name, String url) {
        return ServiceProcess.launcher(name)
                // Start-up dominates these tests on a busy two-core machine: compile less, collect simply.
                .jvmOption("-XX:TieredStopAtLevel=1")
                .jvmOption("-XX:+UseSerialGC")
                .property("spring.profiles.active", "default,postgres")
                .property("spring.datasource.url", url)
                .property("spring.datasource.username", PostgresTestDatabase.username())
                .property("spring.datasource.password", PostgresTestDatabase.password())
                .property("spring.datasource.hikari.maximum-pool-size", "8")
                .property("ledger.http.rate-limit-burst", "1000000")
                .property("ledger.http.rate-limit-per-second", "1000000")
                .property("ledger.processors.segments", String.valueOf(SEGMENTS))
                .property("ledger.processors.token-claim-interval", "500ms")
                .property("ledger.processors.heartbeat-interval", "500ms")
                .property("axon.eventhandling.tokenstore.claim-timeout", CLAIM_TIMEOUT);
    }
}

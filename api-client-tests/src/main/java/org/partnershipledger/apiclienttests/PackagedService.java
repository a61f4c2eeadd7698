package org.partnershipledger.apiclienttests;

import org.partnershipledger.testsupport.process.ServiceProcess;

/**
 * The packaged service ({@code app/target/partnership-ledger.jar}) as this module starts it, for the fetch of its
 * document and for the test alike: the default profile, so with the README's demo users, on an in-memory H2 database
 * that ends with the process and leaves nothing in the working directory.
 */
public final class PackagedService {

    private PackagedService() {
    }

    public static ServiceProcess.Launcher launcher(String name) {
        return ServiceProcess.launcher(name)
                // Start-up is most of this module's time on a busy two-core machine: compile less, collect simply.
                .jvmOption("-XX:TieredStopAtLevel=1")
                .jvmOption("-XX:+UseSerialGC")
                .property("spring.datasource.url", "jdbc:h2:mem:" + name);
    }
}

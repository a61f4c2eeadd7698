package org.partnershipledger.app.config;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.audit.VerificationController;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.application.audit.chain.HashChainer;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hash chain covers the relational event store only (ADR 013): with Axon Server as the event store, neither the
 * chainer nor the verification endpoints are wired, rather than verifying an empty table and answering VERIFIED. As in
 * {@link AxonServerSwitchIT}, each start-up stops once the bean definitions are decided, before anything connects.
 */
class TamperEvidenceSwitchIT {

    @Test
    void by_default_the_chainer_and_the_verification_are_wired() {
        assertThat(tamperEvidenceBeans()).hasSize(2);
    }

    @Test
    void with_axon_server_as_the_event_store_nothing_of_it_is_wired() {
        assertThat(tamperEvidenceBeans("--axon.axonserver.enabled=true", "--axon.axonserver.servers=127.0.0.1:1"))
                .isEmpty();
    }

    private static List<String> tamperEvidenceBeans(String... switches) {
        List<String> seen = new ArrayList<>();
        SpringApplicationBuilder application = new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(beans -> {
                    seen.addAll(List.of(beans.getBeanNamesForType(HashChainer.class, true, false)));
                    seen.addAll(List.of(beans.getBeanNamesForType(VerificationController.class, true, false)));
                    throw new AxonServerSwitchIT.WiringInspected();
                }));
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:tamper-evidence-switch;DB_CLOSE_DELAY=-1"));
        arguments.addAll(List.of(switches));

        assertThatThrownBy(() -> application.run(arguments.toArray(String[]::new)))
                .isInstanceOf(AxonServerSwitchIT.WiringInspected.class);
        return seen;
    }
}

package org.partnershipledger.app.screening;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.screening.SanctionsListUnavailableException;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Only the default profile screens against the bundled fictitious sample; anywhere else a sanctions list must be
 * configured, and a list that cannot be read stops start-up, in both cases with a report that says what to set.
 */
class ScreeningConfigurationIT {

    @Test
    void a_profile_other_than_default_without_a_list_does_not_start_and_says_which_property_to_set() {
        Throwable failure = start("--spring.profiles.active=production");

        assertThat(causes(failure)).hasAtLeastOneElementOfType(NoSanctionsListException.class);
        FailureAnalysis analysis = new SanctionsListFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("no sanctions list", "production", "fictitious");
        assertThat(analysis.getAction()).contains("ledger.screening.un-list.location");
    }

    @Test
    void a_list_that_cannot_be_read_stops_start_up_naming_its_location() {
        Throwable failure = start("--ledger.screening.un-list.location=/nowhere/un-consolidated.xml");

        assertThat(causes(failure)).hasAtLeastOneElementOfType(SanctionsListUnavailableException.class);
        FailureAnalysis analysis = new SanctionsListFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("/nowhere/un-consolidated.xml");
        assertThat(analysis.getAction()).contains("ledger.screening.un-list.location");
    }

    private static Throwable start(String... switches) {
        String[] arguments = new String[switches.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--spring.datasource.url=jdbc:h2:mem:screening-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        System.arraycopy(switches, 0, arguments, 2, switches.length);
        return catchThrowable(() -> new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .run(arguments).close());
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < 20; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}

package org.partnershipledger.app.screening;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.screening.SanctionsListUnavailableException;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A sanctions list that cannot be read stops start-up with a report naming its location and the property to set. (A
 * list not configured at all is refused earlier, with every other missing setting: app.settings.)
 */
class ScreeningConfigurationIT {

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

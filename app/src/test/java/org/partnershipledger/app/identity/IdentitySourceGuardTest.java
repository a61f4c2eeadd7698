package org.partnershipledger.app.identity;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the default profile there are no demo users, and the service refuses to start without any users. */
class IdentitySourceGuardTest {

    @Test
    void a_named_profile_without_an_identity_source_does_not_start() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .profiles("production")
                // A sanctions list, which a named profile must configure too, so that users are what is missing.
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:guard;DB_CLOSE_DELAY=-1",
                        "--ledger.screening.un-list.location=classpath:sanctions/un-consolidated-sample.xml"))
                .isInstanceOf(NoIdentitySourceException.class)
                .hasMessage("no identity source is configured for profiles [production]");
    }

    @Test
    void the_refusal_reads_as_a_plain_explanation_with_an_action() {
        FailureAnalysis analysis = new NoIdentitySourceFailureAnalyzer()
                .analyze(new NoIdentitySourceException("production"));

        assertThat(analysis.getDescription()).contains("no source of users", "default profile");
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=default,postgres", "JWT_ISSUER_URI");
    }
}

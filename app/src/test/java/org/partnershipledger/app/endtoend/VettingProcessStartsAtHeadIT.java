package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vetting process, deployed onto an event store that already holds partnerships, starts at the head: it vets the
 * partners of what is proposed from then on and leaves history alone (ADR 010).
 */
class VettingProcessStartsAtHeadIT {

    @TempDir
    Path workingDirectory;

    @Test
    void a_first_deployment_vets_only_what_is_proposed_after_it() throws InterruptedException {
        String before;
        try (ConfigurableApplicationContext first = start()) {
            before = propose(first, "history-partner");
            awaitVetting(first, VettingSteps.vettingIdFor(before, "history-partner"));
            // Make this store look as if the process had never run: no vetting, no token of its processor.
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?")
                    .param(VettingSteps.vettingIdFor(before, "history-partner")).update();
            jdbc.sql("DELETE FROM token_entry WHERE processor_name = 'vetting-process'").update();
        }

        try (ConfigurableApplicationContext second = start()) {
            String after = propose(second, "new-partner");

            awaitVetting(second, VettingSteps.vettingIdFor(after, "new-partner"));
            Thread.sleep(1000);
            assertThat(eventsOf(second, VettingSteps.vettingIdFor(before, "history-partner")))
                    .as("the partnership proposed before the deployment is not vetted by replaying history").isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + workingDirectory.resolve("ledger"),
                        "--logging.level.org.axonframework.eventhandling.pooled=WARN");
    }

    private static String propose(ConfigurableApplicationContext context, String partnerId) {
        String body = ProposePartnershipContract.DOCUMENTED_BODY.replace("\"name\": \"Tostan\"",
                "\"partnerId\": \"" + partnerId + "\", \"name\": \"Tostan\"");
        Response created = new ApiClient(port(context)).post("officer", "/api/partnerships", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void awaitVetting(ConfigurableApplicationContext context, String vettingId)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (eventsOf(context, vettingId) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(eventsOf(context, vettingId)).as("vetting " + vettingId + " opened").isPositive();
    }

    private static long eventsOf(ConfigurableApplicationContext context, String aggregateId) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?").param(aggregateId).query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

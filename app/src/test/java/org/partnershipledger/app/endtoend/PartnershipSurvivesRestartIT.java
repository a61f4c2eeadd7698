package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Data on the default H2 file database outlives the process that wrote it. */
class PartnershipSurvivesRestartIT {

    @TempDir
    Path workingDirectory;

    @Test
    void a_partnership_proposed_before_a_restart_is_there_after_it() {
        String location;
        try (ConfigurableApplicationContext first = start()) {
            Response created = new ApiClient(port(first)).post("officer", "/api/partnerships",
                    ProposePartnershipContract.DOCUMENTED_BODY);
            assertThat(created.status()).isEqualTo(201);
            location = created.header("Location");
            assertThat(new ApiClient(port(first)).getEventually("officer", location, r -> r.status() == 200).status())
                    .isEqualTo(200);
        }
        assertThat(Files.exists(workingDirectory.resolve("data/partnership-ledger.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            Response read = new ApiClient(port(second)).get("officer", location);

            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("title").asText()).isEqualTo("Community-led abandonment of harmful practices");
        }
    }

    @Test
    void a_post_retried_with_its_idempotency_key_after_a_restart_is_not_done_twice() {
        Map<String, String> idempotent = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Response first;
        try (ConfigurableApplicationContext before = start()) {
            first = new ApiClient(port(before)).post("officer", "/api/partnerships",
                    ProposePartnershipContract.DOCUMENTED_BODY, idempotent);
            assertThat(first.status()).isEqualTo(201);
        }

        try (ConfigurableApplicationContext after = start()) {
            Response retry = new ApiClient(port(after)).post("officer", "/api/partnerships",
                    ProposePartnershipContract.DOCUMENTED_BODY, idempotent);

            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(after.getBean(JdbcClient.class)
                    .sql("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%.PartnershipProposed'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // The default data source URL, resolved against this test's directory instead of the process's.
        String defaultUrl = "jdbc:h2:file:" + workingDirectory.resolve("data/partnership-ledger");
        return new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + defaultUrl,
                        "--logging.level.org.axonframework.eventhandling.pooled=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

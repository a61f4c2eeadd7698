package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's tracking processors, the mode the benchmark measures as the baseline (ADR 015), keep every read model current
 * too: with more segments than configured threads, each segment still gets a thread of its own on a single node.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.processors.mode=tracking", "ledger.processors.segments=3", "ledger.processors.threads=1"})
@ActiveProfiles({"default", "test"})
class TrackingProcessorsIT {

    @LocalServerPort
    int port;

    @Test
    void every_partnership_reaches_the_read_model_whichever_segment_it_falls_in() {
        ApiClient api = new ApiClient(port);
        List<String> proposed = new ArrayList<>();
        for (int each = 0; each < 9; each++) {
            Response created = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            proposed.add(created.json().get("id").asText());
        }

        for (String id : proposed) {
            Response view = api.getEventually("officer", "/api/partnerships/" + id, response -> response.status() == 200);
            assertThat(view.status()).as("partnership " + id + " in the read model").isEqualTo(200);
        }
    }
}

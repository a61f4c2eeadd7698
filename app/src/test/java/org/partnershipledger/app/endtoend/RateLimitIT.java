package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Past its burst, a user is slowed down with 429 and told when to come back; other users are not affected. */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.http.rate-limit-burst=3", "ledger.http.rate-limit-per-second=0.2"})
@ActiveProfiles({"default", "test"})
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void a_user_past_the_burst_gets_429_with_retry_after_while_others_carry_on() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("auditor", "/api/partnership-statistics").status()).isEqualTo(200);
        }

        Response limited = api.get("auditor", "/api/partnership-statistics");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 5);
        assertThat(api.get("officer", "/api/partnership-statistics").status()).isEqualTo(200);
    }
}

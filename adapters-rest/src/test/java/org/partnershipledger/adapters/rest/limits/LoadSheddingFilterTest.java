package org.partnershipledger.adapters.rest.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At most N requests in flight; the next is answered 503 at once, and a slot frees whatever the request did. */
class LoadSheddingFilterTest {

    private final LoadSheddingFilter filter = new LoadSheddingFilter(1, 2, new ProblemWriter(new JsonMapper()));

    @Test
    void a_request_beyond_the_limit_is_answered_503_with_retry_after_without_reaching_the_application()
            throws Exception {
        AtomicReference<MockHttpServletResponse> shed = new AtomicReference<>();
        boolean[] reached = {false};
        filter.doFilter(request("/api/partnerships"), new MockHttpServletResponse(), (req, res) -> {
            MockHttpServletResponse second = new MockHttpServletResponse();
            filter.doFilter(request("/api/partnerships"), second, (r, s) -> reached[0] = true);
            shed.set(second);
        });

        assertThat(reached[0]).isFalse();
        assertThat(shed.get().getStatus()).isEqualTo(503);
        assertThat(shed.get().getHeader("Retry-After")).isEqualTo("2");
        assertThat(shed.get().getContentType()).startsWith("application/problem+json");
        assertThat(shed.get().getContentAsString()).contains("/overloaded");
    }

    @Test
    void health_probes_pass_even_when_the_limit_is_reached() throws Exception {
        MockHttpServletResponse probe = new MockHttpServletResponse();
        boolean[] reached = {false};
        filter.doFilter(request("/api/partnerships"), new MockHttpServletResponse(),
                (req, res) -> filter.doFilter(request("/actuator/health/readiness"), probe,
                        (r, s) -> reached[0] = true));

        assertThat(reached[0]).isTrue();
        assertThat(probe.getStatus()).isEqualTo(200);
    }

    @Test
    void a_request_that_fails_frees_its_slot_so_the_service_recovers_by_itself() throws Exception {
        FilterChain failing = (req, res) -> {
            throw new ServletException("the handler failed");
        };
        assertThatThrownBy(() -> filter.doFilter(request("/api/vettings"), new MockHttpServletResponse(), failing))
                .isInstanceOf(ServletException.class);

        MockHttpServletResponse next = new MockHttpServletResponse();
        filter.doFilter(request("/api/vettings"), next, (req, res) -> ((MockHttpServletResponse) res).setStatus(201));

        assertThat(next.getStatus()).isEqualTo(201);
        assertThat(filter.inFlight()).isZero();
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setRequestURI(uri);
        return request;
    }
}

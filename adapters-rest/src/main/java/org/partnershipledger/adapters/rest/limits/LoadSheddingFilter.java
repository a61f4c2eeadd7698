package org.partnershipledger.adapters.rest.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Sheds load when the service is flooded: at most a fixed number of requests are worked on at once, and one beyond
 * that is answered at once with 503 and {@code Retry-After}, instead of waiting in a queue that only grows while
 * every waiting client times out. It runs before authentication and before any body is read, so that a refusal
 * costs next to nothing. Health probes pass always: an orchestrator that saw them fail under load would restart a
 * service that is merely busy. The per-user rate limit ({@link RateLimitFilter}, 429) keeps one caller from taking
 * all the capacity; this filter protects the service from all callers together.
 */
public class LoadSheddingFilter extends OncePerRequestFilter {

    private final int maxPermits;
    private final Semaphore inFlight;
    private final int retryAfterSeconds;
    private final ProblemWriter problems;

    public LoadSheddingFilter(int maxConcurrentRequests, int retryAfterSeconds, ProblemWriter problems) {
        if (maxConcurrentRequests < 1 || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests and retryAfterSeconds must be positive, were "
                    + maxConcurrentRequests + " and " + retryAfterSeconds);
        }
        this.maxPermits = maxConcurrentRequests;
        this.inFlight = new Semaphore(maxConcurrentRequests);
        this.retryAfterSeconds = retryAfterSeconds;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!inFlight.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.OVERLOADED,
                    "Service overloaded", "the service is busy: retry in " + retryAfterSeconds + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.release();
        }
    }

    /** Requests being worked on now, for tests and metrics. */
    public int inFlight() {
        return maxPermits - inFlight.availablePermits();
    }
}

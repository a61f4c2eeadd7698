package org.partnershipledger.adapters.rest.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per authenticated user (per remote address before sign-in): bursts up to the capacity, then a steady
 * rate; beyond that, 429 with {@code Retry-After} saying when the next request will be accepted. It runs after
 * authentication so that users behind one proxy do not share a bucket.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED_CALLERS = 10_000;

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final double tokensPerSecond;
    private final LongSupplier nanoTime;
    private final ProblemWriter problems;

    public RateLimitFilter(int capacity, double tokensPerSecond, LongSupplier nanoTime, ProblemWriter problems) {
        if (capacity < 1 || tokensPerSecond <= 0) {
            throw new IllegalArgumentException("capacity and rate must be positive, were " + capacity + " and "
                    + tokensPerSecond);
        }
        this.capacity = capacity;
        this.tokensPerSecond = tokensPerSecond;
        this.nanoTime = nanoTime;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_TRACKED_CALLERS) {
            // A refilled bucket carries no information: forgetting it keeps the map bounded under many addresses.
            buckets.values().removeIf(idle -> idle.isFull(now, tokensPerSecond));
        }
        TokenBucket bucket = buckets.computeIfAbsent(caller(request), key -> new TokenBucket(capacity, now));
        Duration wait = bucket.take(now, tokensPerSecond);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
                    "Too many requests", "slow down: retry in " + seconds + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String caller(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                ? "user:" + authentication.getName() : "address:" + request.getRemoteAddr();
    }

    /** Tokens refill continuously; a request takes one, or learns how long until one is there. */
    static final class TokenBucket {

        private final int capacity;
        private double tokens;
        private long lastRefill;

        TokenBucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.lastRefill = now;
        }

        synchronized boolean isFull(long now, double tokensPerSecond) {
            return tokens + (now - lastRefill) / 1e9 * tokensPerSecond >= capacity;
        }

        synchronized Duration take(long now, double tokensPerSecond) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) / 1e9 * tokensPerSecond);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerSecond * 1e9));
        }
    }
}

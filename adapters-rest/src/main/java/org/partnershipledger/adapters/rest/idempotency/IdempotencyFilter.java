package org.partnershipledger.adapters.rest.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.adapters.rest.limits.CachedBodyRequest;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.partnershipledger.application.idempotency.IdempotencyStore;
import org.partnershipledger.application.idempotency.KeyClaim;
import org.partnershipledger.application.idempotency.StoredResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes POST requests that carry an {@code Idempotency-Key} safe to retry. The first request with a key claims it and
 * its answer is stored; a retry with the same key and the same request gets that answer again, marked
 * {@code Idempotent-Replayed: true}, without reaching a controller, so no command runs twice. The same key with a
 * different request answers 422; a retry while the first is still running answers 409. Server errors are not stored,
 * so a retry after one is handled anew. Keys are per user, so one user's key never reveals another's answer.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The only method whose requests may carry a key. */
    public static final String METHOD = "POST";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final List<String> REPLAYED_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    public IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHOD.equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                    "the Idempotency-Key header must be 1 to 200 visible ASCII characters");
            return;
        }
        String caller = caller();
        CachedBodyRequest cached = request instanceof CachedBodyRequest body ? body
                : new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        KeyClaim claim = store.claim(caller, key, fingerprint(cached));
        if (claim instanceof KeyClaim.Replay replay) {
            replay(replay.response(), response);
        } else if (claim instanceof KeyClaim.ReusedForAnotherRequest) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused",
                    "this Idempotency-Key was already used for a different request; use a new key for a new request");
        } else if (claim instanceof KeyClaim.InProgress) {
            problems.write(request, response, HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_KEY_IN_PROGRESS,
                    "Request still in progress",
                    "the first request with this Idempotency-Key is still being handled; retry in a moment");
        } else {
            handleFirst(cached, response, chain, caller, key);
        }
    }

    private void handleFirst(CachedBodyRequest request, HttpServletResponse response, FilterChain chain, String caller,
                             String key) throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() < 500) {
                store.complete(caller, key, new StoredResponse(captured.getStatus(), replayedHeaders(captured),
                        captured.getContentAsByteArray()));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(caller, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(stored.body());
    }

    private static Map<String, String> replayedHeaders(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Security answers 401 before this filter for anonymous requests; the fallback only guards misconfiguration.
        return authentication == null ? "anonymous" : authentication.getName();
    }

    /** The method, path, query and body: what makes two requests "the same request". */
    static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(request.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}

package org.partnershipledger.adapters.rest.problem;

import java.net.URI;

/** The {@code type} URIs of the problems this API answers with; each names a kind of error clients can branch on. */
public final class ProblemTypes {

    private static final String BASE = "https://partnership-ledger.org/problems/";

    public static final URI RULE_VIOLATION = URI.create(BASE + "rule-violation");
    public static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI INTERNAL = URI.create(BASE + "internal");
    public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");
    public static final URI OVERLOADED = URI.create(BASE + "overloaded");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    public static final URI IDEMPOTENCY_KEY_IN_PROGRESS = URI.create(BASE + "idempotency-key-in-progress");
    public static final URI REPLAY_NOT_ALLOWED = URI.create(BASE + "replay-not-allowed");
    public static final URI REPLAY_IN_PROGRESS = URI.create(BASE + "replay-in-progress");

    private ProblemTypes() {
    }

    public static URI forRule(String rule) {
        return URI.create(BASE + "rule-violation/" + rule);
    }
}

package org.partnershipledger.application.idempotency;

/**
 * Keeps idempotency keys and the answers given under them. Keys are scoped by the caller, so two users can never see
 * each other's answers, and identify a request by a fingerprint of its method, path and body.
 */
public interface IdempotencyStore {

    /** Claims the key for a request; only one of several concurrent claims of a new key is granted. */
    KeyClaim claim(String caller, String key, String requestFingerprint);

    /** Stores the answer to a granted claim. */
    void complete(String caller, String key, StoredResponse response);

    /** Gives up a granted claim whose request failed in a way a retry may fix, so that the retry is handled anew. */
    void release(String caller, String key);
}

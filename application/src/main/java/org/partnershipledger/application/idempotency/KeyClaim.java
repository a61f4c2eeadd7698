package org.partnershipledger.application.idempotency;

/** What the store says when a request claims an idempotency key. */
public sealed interface KeyClaim {

    /** The key is new: the request goes ahead, and its answer is stored under the key. */
    record Granted() implements KeyClaim {
    }

    /** The key was used for the same request, which was answered: give that answer again. */
    record Replay(StoredResponse response) implements KeyClaim {
    }

    /** The key was used for a different request: a client error, never a replay of the wrong answer. */
    record ReusedForAnotherRequest() implements KeyClaim {
    }

    /** The same request with this key is still being handled: the client retried too early. */
    record InProgress() implements KeyClaim {
    }
}

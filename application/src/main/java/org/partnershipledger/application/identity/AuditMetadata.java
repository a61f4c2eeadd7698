package org.partnershipledger.application.identity;

import java.util.List;

/**
 * The metadata keys that say who did what, on every command and, by correlation, on every event it causes. Axon's own
 * {@code correlationId} (the parent message) and {@code traceId} (the root) sit beside them, and {@code causationId}
 * names the message that caused each one.
 */
public final class AuditMetadata {

    public static final String USER_ID = "userId";
    public static final String OFFICE = "office";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";

    /**
     * Axon's {@code MessageOriginProvider} key for the message this one came from (its parent): in Axon 4 it is not the
     * root of the chain, whatever the name suggests.
     */
    public static final String CORRELATION_ID = "correlationId";
    /** Axon's {@code MessageOriginProvider} key for the first message of the chain: the command a request sent. */
    public static final String TRACE_ID = "traceId";
    /**
     * The identifier of the message that caused this one: the command, on its events; the event, on the commands a
     * policy sends because of it.
     */
    public static final String CAUSATION_ID = "causationId";

    /** The keys copied from a command to the events and commands it causes. */
    public static final List<String> PROPAGATED = List.of(USER_ID, OFFICE, ROLES, REQUEST_ID);

    private AuditMetadata() {
    }
}

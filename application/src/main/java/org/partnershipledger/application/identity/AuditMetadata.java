package org.partnershipledger.application.identity;

import java.util.List;

/**
 * The metadata keys that say who did what, on every command and, by correlation, on every event it causes. Axon's own
 * {@code correlationId} and {@code traceId} (the causation) sit beside them.
 */
public final class AuditMetadata {

    public static final String USER_ID = "userId";
    public static final String OFFICE = "office";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";

    /** The keys copied from a command to the events and commands it causes. */
    public static final List<String> PROPAGATED = List.of(USER_ID, OFFICE, ROLES, REQUEST_ID);

    private AuditMetadata() {
    }
}

package org.partnershipledger.application.operations;

import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a read model from the event store while the service keeps serving, and reports every event processor's
 * state and the progress of its last replay. A processor is named by its processing group (for example
 * {@code partnership-views}).
 *
 * <p>A replay empties the processor's read model (its reset handler) and streams every event from the first one again
 * through the same handlers. Event handlers that act on the world (the vetting process) never replay: their processors
 * are refused.
 */
public interface ProjectionReplays {

    /** Every event processor of the service that reads the event stream, by name. */
    List<ProjectionStatus> statuses();

    /** One processor's status, or empty when no processor has that name. */
    Optional<ProjectionStatus> status(String name);

    /**
     * Starts rebuilding the named processor's read model from the first event and returns at once, while the replay
     * runs on the processor's own threads.
     *
     * @param requestedBy who asked, for the status and the log
     * @return the status right after the replay started
     * @throws UnknownProjectionException    when no processor has that name
     * @throws ReplayNotAllowedException     when the processor's handlers must never replay
     * @throws ReplayInProgressException     when a replay of that processor is still running
     */
    ProjectionStatus replay(String name, String requestedBy);
}

package org.partnershipledger.application.operations;

import java.util.Objects;

/**
 * What an event processor is doing now.
 *
 * @param name       the processing group, which names the processor
 * @param state      running, replaying, caught up, stopped or failing
 * @param replayable whether an administrator may replay it; {@code false} for handlers with side effects
 * @param segments   how many segments of the stream this node processes for it
 * @param position   the position in the event stream every segment has reached (the lowest of them), or {@code null}
 *                   while no segment has reached any
 * @param lastReplay the replay last requested on this node since it started, or {@code null}
 */
public record ProjectionStatus(String name, ProcessorState state, boolean replayable, int segments, Long position,
                               ReplayProgress lastReplay) {

    public ProjectionStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}

package org.partnershipledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.partnershipledger.application.operations.ProcessorState;
import org.partnershipledger.application.operations.ProjectionStatus;
import org.partnershipledger.application.operations.ReplayInProgressException;
import org.partnershipledger.application.operations.ReplayNotAllowedException;
import org.partnershipledger.application.operations.UnknownProjectionException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * How a replay drives Axon's streaming processor, and how its progress is read from the segments' tracking statuses,
 * on a mocked processor whose segments the test moves.
 */
class AxonProjectionReplaysTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    @SuppressWarnings("unchecked")
    private final StreamableMessageSource<?> events = mock(StreamableMessageSource.class);
    private final AtomicLong nanos = new AtomicLong();
    private final AxonProjectionReplays replays = new AxonProjectionReplays(processing, events,
            Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC), nanos::get);

    AxonProjectionReplaysTest() {
        when(processing.eventProcessors()).thenReturn(Map.of("views", processor));
        when(processing.eventProcessor("views", StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        when(processor.isRunning()).thenReturn(true);
        when(processor.supportsReset()).thenReturn(true);
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(100));
        segments(Map.of(0, Segment.live(100), 1, Segment.live(100)));
    }

    @AfterEach
    void stopMonitor() {
        replays.close();
    }

    @Test
    void a_replay_stops_the_processor_resets_it_to_the_tail_and_starts_it_again() {
        replays.replay("views", "admin");

        InOrder order = inOrder(processor);
        order.verify(processor).shutDown();
        order.verify(processor).resetTokens(any(Function.class));
        order.verify(processor).start();
    }

    @Test
    void a_failed_reset_still_starts_the_processor_again() {
        doThrow(new IllegalStateException("claimed elsewhere")).when(processor).resetTokens(any(Function.class));

        assertThatThrownBy(() -> replays.replay("views", "admin")).hasMessage("claimed elsewhere");

        verify(processor).start();
    }

    @Test
    void a_processor_whose_handlers_disallow_replay_is_refused_before_it_is_touched() {
        when(processor.supportsReset()).thenReturn(false);

        assertThatThrownBy(() -> replays.replay("views", "admin")).isInstanceOf(ReplayNotAllowedException.class)
                .hasMessageContaining("side effects");

        verify(processor, never()).shutDown();
        assertThat(replays.status("views").orElseThrow().replayable()).isFalse();
    }

    @Test
    void an_unknown_name_is_refused() {
        when(processing.eventProcessor("nope", StreamingEventProcessor.class)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> replays.replay("nope", "admin")).isInstanceOf(UnknownProjectionException.class);
        assertThat(replays.status("nope")).isEmpty();
    }

    @Test
    void progress_is_the_lowest_segment_position_against_the_head_at_the_start_and_measured_per_second() {
        replays.replay("views", "admin");
        segments(Map.of(0, Segment.replaying(60, 100), 1, Segment.replaying(40, 100)));
        nanos.set(2_000_000_000L);

        ProjectionStatus status = replays.status("views").orElseThrow();

        assertThat(status.state()).isEqualTo(ProcessorState.REPLAYING);
        assertThat(status.position()).isEqualTo(40L);
        assertThat(status.lastReplay().total()).isEqualTo(100);
        assertThat(status.lastReplay().processed()).isEqualTo(40);
        assertThat(status.lastReplay().percent()).isEqualTo(40.0);
        assertThat(status.lastReplay().eventsPerSecond()).isEqualTo(20.0);
        assertThat(status.lastReplay().requestedBy()).isEqualTo("admin");
        assertThat(status.lastReplay().startedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(status.lastReplay().finishedAt()).isNull();
        assertThatThrownBy(() -> replays.replay("views", "admin")).isInstanceOf(ReplayInProgressException.class);
    }

    @Test
    void a_segment_back_at_its_reset_position_has_replayed_although_axon_keeps_the_flag_until_a_newer_event() {
        replays.replay("views", "admin");
        segments(Map.of(0, Segment.replaying(100, 100), 1, Segment.replaying(100, 100)));
        nanos.set(4_000_000_000L);

        ProjectionStatus done = eventually(() -> replays.status("views").orElseThrow(),
                status -> status.lastReplay().finishedAt() != null);

        assertThat(done.state()).isEqualTo(ProcessorState.CAUGHT_UP);
        assertThat(done.lastReplay().processed()).isEqualTo(100);
        assertThat(done.lastReplay().percent()).isEqualTo(100.0);
        assertThat(done.lastReplay().eventsPerSecond()).isEqualTo(25.0);
        nanos.set(8_000_000_000L);
        assertThat(replays.status("views").orElseThrow().lastReplay().eventsPerSecond())
                .as("frozen at the end of the replay").isEqualTo(25.0);
    }

    @Test
    void a_stopped_or_failing_processor_says_so() {
        segments(Map.of(0, Segment.failing(70)));
        assertThat(replays.status("views").orElseThrow().state()).isEqualTo(ProcessorState.ERROR);

        when(processor.isRunning()).thenReturn(false);
        assertThat(replays.status("views").orElseThrow().state()).isEqualTo(ProcessorState.STOPPED);
    }

    private void segments(Map<Integer, EventTrackerStatus> statuses) {
        when(processor.processingStatus()).thenReturn(statuses);
    }

    private static <T> T eventually(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            value = probe.get();
        }
        return value;
    }

    /** A segment's tracking status as Axon reports it. */
    private record Segment(boolean isReplaying, boolean isCaughtUp, long current, Long reset, boolean isErrorState)
            implements EventTrackerStatus {

        static Segment live(long position) {
            return new Segment(false, true, position, null, false);
        }

        static Segment replaying(long position, long reset) {
            return new Segment(true, position >= reset, position, reset, false);
        }

        static Segment failing(long position) {
            return new Segment(false, false, position, null, true);
        }

        @Override
        public org.axonframework.eventhandling.Segment getSegment() {
            return org.axonframework.eventhandling.Segment.ROOT_SEGMENT;
        }

        @Override
        public boolean isMerging() {
            return false;
        }

        @Override
        public OptionalLong mergeCompletedPosition() {
            return OptionalLong.empty();
        }

        @Override
        public TrackingToken getTrackingToken() {
            return new GlobalSequenceTrackingToken(current);
        }

        @Override
        public Throwable getError() {
            return isErrorState ? new IllegalStateException("failed") : null;
        }

        @Override
        public OptionalLong getCurrentPosition() {
            return OptionalLong.of(current);
        }

        @Override
        public OptionalLong getResetPosition() {
            return reset == null ? OptionalLong.empty() : OptionalLong.of(reset);
        }
    }
}

package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.operations.RebuildCheckpoint;
import org.partnershipledger.application.operations.ReplayProgress;
import org.partnershipledger.application.operations.ReplayProgress.Phase;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' hold on a set-based rebuild: at a checkpoint it chose, a rebuild fails as a crash would or waits until
 * the test lets it go on. One plan at a time, used once; without one every rebuild runs through.
 */
public class RebuildGate implements RebuildCheckpoint {

    private volatile Plan plan;

    /** The rebuild of the group fails at the {@code occurrence}-th checkpoint in that phase. */
    public void failAt(String group, Phase phase, int occurrence) {
        plan = new Plan(group, phase, occurrence, true);
    }

    /** The rebuild of the group waits at its first checkpoint in that phase until {@link Plan#release()}. */
    public Plan holdAt(String group, Phase phase) {
        Plan hold = new Plan(group, phase, 1, false);
        plan = hold;
        return hold;
    }

    /** Forgets any plan not used yet, and lets a held rebuild go on. */
    public void clear() {
        Plan current = plan;
        plan = null;
        if (current != null) {
            current.release();
        }
    }

    @Override
    public void reached(String processingGroup, ReplayProgress progress) {
        Plan current = plan;
        if (current == null || !current.group.equals(processingGroup) || current.phase != progress.phase()
                || current.seen.incrementAndGet() != current.occurrence) {
            return;
        }
        plan = null;
        current.progress = progress;
        if (current.fail) {
            throw new IllegalStateException("simulated crash of the rebuild while " + progress.phase());
        }
        current.reached.countDown();
        try {
            assertThat(current.released.await(60, TimeUnit.SECONDS)).as("the test let the rebuild go on").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where a rebuild is to fail or wait. */
    public static final class Plan {

        private final String group;
        private final Phase phase;
        private final int occurrence;
        private final boolean fail;
        private final AtomicInteger seen = new AtomicInteger();
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile ReplayProgress progress;

        private Plan(String group, Phase phase, int occurrence, boolean fail) {
            this.group = group;
            this.phase = phase;
            this.occurrence = occurrence;
            this.fail = fail;
        }

        /** Waits until the rebuild waits here, and answers its progress as the checkpoint was told it. */
        public ReplayProgress awaitReached() throws InterruptedException {
            assertThat(reached.await(30, TimeUnit.SECONDS)).as("the rebuild reached " + phase).isTrue();
            return progress;
        }

        public void release() {
            released.countDown();
        }
    }
}

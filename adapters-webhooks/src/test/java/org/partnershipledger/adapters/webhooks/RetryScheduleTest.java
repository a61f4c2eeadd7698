package org.partnershipledger.adapters.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryScheduleTest {

    @Test
    void the_wait_doubles_after_each_failed_attempt_from_the_base_delay() {
        RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(10), Duration.ofHours(1));

        assertThat(schedule.delayAfter(1)).contains(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(2)).contains(Duration.ofSeconds(20));
        assertThat(schedule.delayAfter(3)).contains(Duration.ofSeconds(40));
        assertThat(schedule.delayAfter(4)).contains(Duration.ofSeconds(80));
    }

    @Test
    void after_the_last_attempt_there_is_no_further_one() {
        RetrySchedule schedule = new RetrySchedule(3, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(schedule.delayAfter(2)).isPresent();
        assertThat(schedule.delayAfter(3)).isEmpty();
        assertThat(schedule.delayAfter(4)).isEmpty();
        assertThat(new RetrySchedule(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1)).isEmpty();
    }

    @Test
    void the_wait_never_exceeds_the_cap_however_many_attempts_were_made() {
        RetrySchedule schedule = new RetrySchedule(1000, Duration.ofSeconds(30), Duration.ofHours(1));

        assertThat(schedule.delayAfter(7)).contains(Duration.ofMinutes(32));
        assertThat(schedule.delayAfter(8)).as("64 minutes, capped").contains(Duration.ofHours(1));
        assertThat(schedule.delayAfter(999)).contains(Duration.ofHours(1));
    }

    @Test
    void a_schedule_that_could_never_deliver_or_wait_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(0, Duration.ofSeconds(1),
                Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(3, Duration.ZERO,
                Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(3, Duration.ofMinutes(2),
                Duration.ofMinutes(1)));
    }
}

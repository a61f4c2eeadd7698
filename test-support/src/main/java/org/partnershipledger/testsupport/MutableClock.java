package org.partnershipledger.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests set or move forward, so that "due" and "overdue" can be reached without waiting. */
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Noon UTC of the given day, far from either midnight. */
    public MutableClock(LocalDate today) {
        set(today);
    }

    public void set(LocalDate today) {
        now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock runs in UTC only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}

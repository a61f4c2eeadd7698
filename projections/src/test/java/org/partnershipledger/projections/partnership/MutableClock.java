package org.partnershipledger.projections.partnership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test can move, as the application's clock moves on by itself. */
final class MutableClock extends Clock {

    private Instant now;

    MutableClock(LocalDate today) {
        set(today);
    }

    void set(LocalDate today) {
        now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the tests read UTC days only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}

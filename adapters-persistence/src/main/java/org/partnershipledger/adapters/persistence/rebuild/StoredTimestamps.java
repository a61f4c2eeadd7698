package org.partnershipledger.adapters.persistence.rebuild;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the {@code time_stamp} column as Axon's JDBC event store does ({@link DateTimeUtils#parseInstant}), without
 * the general date-time parser for the form Axon writes ({@code 2026-12-07T13:50:52.770Z}: UTC, three to nine digits
 * of fraction). A rebuild parses one timestamp per event; the general parser was a tenth of its CPU. Any other form
 * goes to Axon's parser, so both always agree.
 */
final class StoredTimestamps {

    private static final int SHORTEST = "2026-12-07T13:50:52.770Z".length();
    private static final int LONGEST = "2026-12-07T13:50:52.770123456Z".length();
    private static final int FRACTION = "2026-12-07T13:50:52.".length();

    private StoredTimestamps() {
    }

    static Instant parse(String stored) {
        int length = stored.length();
        if (length < SHORTEST || length > LONGEST || !writtenByAxon(stored)) {
            return DateTimeUtils.parseInstant(stored);
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 2);
        int day = digits(stored, 8, 2);
        int hour = digits(stored, 11, 2);
        int minute = digits(stored, 14, 2);
        int second = digits(stored, 17, 2);
        // The date's own range is LocalDate's to check, below.
        if (hour > 23 || minute > 59 || second > 59) {
            return DateTimeUtils.parseInstant(stored);
        }
        int fractionDigits = length - 1 - FRACTION;
        int nanos = digits(stored, FRACTION, fractionDigits);
        for (int i = fractionDigits; i < 9; i++) {
            nanos *= 10;
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException impossibleDate) {
            return DateTimeUtils.parseInstant(stored);
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static boolean writtenByAxon(String stored) {
        int last = stored.length() - 1;
        if (stored.charAt(4) != '-' || stored.charAt(7) != '-' || stored.charAt(10) != 'T' || stored.charAt(13) != ':'
                || stored.charAt(16) != ':' || stored.charAt(19) != '.' || stored.charAt(last) != 'Z') {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16 && i != 19 && !isDigit(stored.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}

package org.partnershipledger.apiclienttests;

import org.partnershipledger.apiclient.ApiException;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Reads a read model through the client until it shows what a command did: read models are updated after the command
 * answers. A 404 counts as not there yet; the wait is bounded.
 */
final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration PAUSE = Duration.ofMillis(100);

    private Eventually() {
    }

    interface Read<T> {
        T read() throws ApiException;
    }

    static <T> T eventually(String expectation, Read<T> read, Predicate<T> shows) throws ApiException {
        Instant deadline = Instant.now().plus(PATIENCE);
        Object lastRead = "nothing: 404";
        while (true) {
            try {
                T value = read.read();
                if (shows.test(value)) {
                    return value;
                }
                lastRead = value;
            } catch (ApiException notThereYet) {
                if (notThereYet.getCode() != 404) {
                    throw notThereYet;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(expectation + " not shown within " + PATIENCE + "; last read: " + lastRead);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

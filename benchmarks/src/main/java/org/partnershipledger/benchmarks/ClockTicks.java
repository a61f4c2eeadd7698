package org.partnershipledger.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The unit of the CPU times in {@code /proc}: clock ticks per second, as {@code getconf CLK_TCK} tells. */
final class ClockTicks {

    /** What Linux uses on every common architecture, should {@code getconf} be missing. */
    private static final long USUAL = 100;

    private ClockTicks() {
    }

    static long perSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : USUAL;
        } catch (IOException | NumberFormatException e) {
            return USUAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return USUAL;
        }
    }
}

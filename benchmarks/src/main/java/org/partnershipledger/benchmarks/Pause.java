package org.partnershipledger.benchmarks;

/** Sleeps that give up quietly when the benchmark is interrupted at its end. */
final class Pause {

    private Pause() {
    }

    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

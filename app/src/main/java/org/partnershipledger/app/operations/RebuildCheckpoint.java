package org.partnershipledger.app.operations;

import org.partnershipledger.application.operations.ReplayProgress;

/**
 * Told where a set-based rebuild has got, on the rebuild's own thread: after the first event read and every few hundred
 * after it, after each table is loaded, and before the swap. An exception thrown here fails the rebuild there, as a crash
 * would, with the old read model left serving; tests use it to fail or hold a rebuild midway. The service registers
 * none.
 */
@FunctionalInterface
public interface RebuildCheckpoint {

    RebuildCheckpoint NONE = (group, progress) -> {
    };

    void reached(String processingGroup, ReplayProgress progress);
}

package org.partnershipledger.application.operations;

/** A replay of the processor is still running; ask again once its status shows it finished. */
public class ReplayInProgressException extends RuntimeException {

    public ReplayInProgressException(String name) {
        super("a replay of '" + name + "' is still running; wait until its status shows it finished", null, false,
                false);
    }
}

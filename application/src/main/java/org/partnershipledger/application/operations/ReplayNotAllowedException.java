package org.partnershipledger.application.operations;

/**
 * The processor's handlers must never replay: they act on the world (send commands, screen partners), and replaying
 * history through them would do it all again. Such a processor only ever moves forward.
 */
public class ReplayNotAllowedException extends RuntimeException {

    public ReplayNotAllowedException(String name) {
        super("'" + name + "' never replays: its event handlers have side effects (they disallow replay), so "
                + "replaying history through them would act again on every past event", null, false, false);
    }
}

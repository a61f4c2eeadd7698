package org.partnershipledger.application.operations;

/** What an event processor is doing. */
public enum ProcessorState {
    /** Processing, but behind the head of the event stream. */
    RUNNING,
    /** Processing events again that it had processed before the last reset; handlers that disallow replay skip them. */
    REPLAYING,
    /**
     * A set-based rebuild of its read model is under way (ADR 027): the processor keeps the old read model current
     * meanwhile, and the rebuilt one replaces it at the end.
     */
    REBUILDING,
    /** Every segment has processed every event stored so far and waits for the next. */
    CAUGHT_UP,
    /** Not processing on this node. */
    STOPPED,
    /** A segment failed and is being retried, or the processor gave up; the log says why. */
    ERROR
}

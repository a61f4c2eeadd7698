package org.partnershipledger.application.audit.chain;

import java.util.List;

/** One page of checkpoints, newest first. */
public record CheckpointPage(List<Checkpoint> items, int page, int size, long totalItems, int totalPages) {

    public CheckpointPage {
        items = List.copyOf(items);
    }
}

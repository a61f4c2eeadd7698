package org.partnershipledger.application.audit.chain;

import java.util.List;

/**
 * One page of checkpoints, newest first.
 *
 * @param items      the checkpoints on this page, newest first
 * @param page       the 0-based page number asked for
 * @param size       the page size asked for
 * @param totalItems how many checkpoints there are, on every page together
 * @param totalPages how many pages of this size they fill
 */
public record CheckpointPage(List<Checkpoint> items, int page, int size, long totalItems, int totalPages) {

    public CheckpointPage {
        items = List.copyOf(items);
    }
}

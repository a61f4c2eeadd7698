package org.partnershipledger.application.audit.chain;

/**
 * One link of the chain as stored, beside what the event table now holds at its global index.
 *
 * @param chained    the event as the link recorded it
 * @param link       the stored link (hexadecimal)
 * @param event      the row now stored at the link's global index, or null when there is none
 * @param checkpoint the checkpoint noted at this position, or null
 */
public record ChainEntry(ChainedEvent chained, String link, StoredEvent event, Checkpoint checkpoint) {
}

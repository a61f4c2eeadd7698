package org.partnershipledger.application.audit.chain;

import java.time.Instant;

/**
 * The chain's link at one position, noted when it was written, for an operator to copy out of the database: a later
 * verification given this position and link proves that the chain up to it was not rewritten since.
 *
 * @param position    the link's place in the chain
 * @param globalIndex the global index of the event of that link
 * @param link        64 lower-case hexadecimal digits
 * @param createdAt   when the checkpoint was noted (ISO 8601 instant)
 */
public record Checkpoint(long position, long globalIndex, String link, Instant createdAt) {
}

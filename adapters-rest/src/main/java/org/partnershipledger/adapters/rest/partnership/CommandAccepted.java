package org.partnershipledger.adapters.rest.partnership;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * What a command answers with: the partnership or vetting it changed and the version that change gave it, which a
 * client sends back to guard its next change against concurrent edits.
 *
 * @param id      the id of the partnership or vetting the command changed or created
 * @param version the record's version after the command, also answered as ETag; send it back as If-Match
 */
public record CommandAccepted(@Schema(requiredMode = REQUIRED) String id, long version) {
}

package org.partnershipledger.adapters.rest.partnership.partners;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The answer to adding a partner: the partnership's new version and the partner's id, chosen or generated.
 *
 * @param id        the partnership's id
 * @param version   the partnership's version after the partner joined, also answered as ETag
 * @param partnerId the partner's id: the one given, or the one generated for a new partner
 */
public record AddedPartner(@Schema(requiredMode = REQUIRED)
                           String id, long version, @Schema(requiredMode = REQUIRED) String partnerId) {
}

package org.partnershipledger.adapters.rest.partnership.agreement;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The answer to amending an agreement: the partnership's new version and the amendment's id, chosen or generated.
 *
 * @param id          the partnership's id
 * @param version     the partnership's version after the amendment, also answered as ETag
 * @param amendmentId the amendment's id: the one given, or the one generated
 */
public record RecordedAmendment(@Schema(requiredMode = REQUIRED)
                                String id, long version, @Schema(requiredMode = REQUIRED) String amendmentId) {
}

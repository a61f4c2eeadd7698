package org.partnershipledger.adapters.rest.partnership.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The answer to agreeing a corrective action plan: the partnership's new version, the plan's id and its actions' ids
 * in the order given, by which each action is later completed.
 *
 * @param id        the partnership's id
 * @param version   the partnership's version after the plan was agreed, also answered as ETag
 * @param planId    the plan's id: the one given, or the one generated
 * @param actionIds the ids of the plan's actions, in the order they were given, each the one given or generated; an
 *                  action is completed by its id
 */
public record AgreedCorrectivePlan(@Schema(requiredMode = REQUIRED) String id,
                                   long version,
                                   @Schema(requiredMode = REQUIRED) String planId,
                                   @Schema(requiredMode = REQUIRED) List<String> actionIds) {
}

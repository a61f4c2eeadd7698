package org.partnershipledger.adapters.rest.partnership.review;

import java.util.List;

/**
 * The answer to agreeing a corrective action plan: the partnership's new version, the plan's id and its actions' ids
 * in the order given, by which each action is later completed.
 */
public record AgreedCorrectivePlan(String id, long version, String planId, List<String> actionIds) {
}

/**
 * Vetting: the due diligence the agency runs on a partner for an engagement. Holds the tiers of due diligence and
 * the V1 policy that says which tier an engagement needs; the Partnership aggregate uses both to decide P3.
 */
package org.partnershipledger.domain.vetting;

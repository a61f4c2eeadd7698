/**
 * Vetting: the due diligence the agency runs on one partner for one engagement (rules V1 to V8 of
 * {@code DOMAIN.md}): criteria per tier, sanctions screening and false positives, risk rating, the decision under
 * approval authority and four eyes, clearance validity and reuse, and reopening. It depends on the partnership
 * package for the identities and kinds of partners, never the other way round: the tier an engagement needs is a
 * property of the engagement and lives there ({@code TierPolicy}).
 */
package org.partnershipledger.domain.vetting;

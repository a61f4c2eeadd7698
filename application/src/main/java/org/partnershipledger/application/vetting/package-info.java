/**
 * The vetting process and its outbound ports: {@link org.partnershipledger.application.vetting.PartnerVettingPolicy}
 * opens a vetting for every new partner of a partnership (or reuses a valid clearance), screens the partner through
 * {@link org.partnershipledger.application.vetting.SanctionsScreening}, and records every decision and reopening on
 * the partnerships that rely on the vetting.
 */
package org.partnershipledger.application.vetting;

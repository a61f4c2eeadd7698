/**
 * The Partnership aggregate: a relationship between the agency and one or more partners, from proposal through
 * vetting, agreement, reviews and correction to discontinuation or conclusion (rules P1 to P11 of {@code DOMAIN.md}).
 */
package org.partnershipledger.domain.partnership;

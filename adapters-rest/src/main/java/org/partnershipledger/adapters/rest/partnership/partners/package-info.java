/** Before agreement: partners joining and leaving (P2), and the vetting outcomes that clear them (P3). */
package org.partnershipledger.adapters.rest.partnership.partners;

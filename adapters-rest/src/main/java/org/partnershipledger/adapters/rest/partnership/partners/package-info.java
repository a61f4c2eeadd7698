/** Before agreement: partners joining and leaving (P2). */
package org.partnershipledger.adapters.rest.partnership.partners;

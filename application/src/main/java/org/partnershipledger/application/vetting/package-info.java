/** Outbound ports and process policies of vetting: screening partners against sanctions lists. */
package org.partnershipledger.application.vetting;

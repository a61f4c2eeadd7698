/** Questions about vettings, clearances and partners, answered by the projections. */
package org.partnershipledger.application.vetting.queries;

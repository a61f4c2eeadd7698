/** Questions about partnerships, answered by the projections. */
package org.partnershipledger.application.partnership.queries;

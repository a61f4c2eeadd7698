/** Limits that keep one client from exhausting the service: a cap on request bodies and a per-user rate limit. */
package org.partnershipledger.adapters.rest.limits;

/**
 * Limits that keep clients from exhausting the service: a cap on request bodies, a per-user rate limit, and load
 * shedding when all callers together ask for more than the service can work on at once.
 */
package org.partnershipledger.adapters.rest.limits;

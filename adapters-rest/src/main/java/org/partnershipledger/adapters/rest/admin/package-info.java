/**
 * Administrators' endpoints under {@code /api/admin}: operating the service, not working with its records. Only the
 * ADMIN role reaches them (the composition root's authorization matrix).
 */
package org.partnershipledger.adapters.rest.admin;

/** {@code If-Match} on commands: a stale version answers 412 before anything runs. */
package org.partnershipledger.adapters.rest.concurrency;

/** {@code Idempotency-Key} on POST requests: a retry gets the first answer again and changes nothing. */
package org.partnershipledger.adapters.rest.idempotency;

/**
 * HTTP in: controllers that turn requests into command and query messages, the request and response bodies, errors as
 * RFC 9457 problem details, and the bridge from the authenticated principal to the metadata every command carries.
 * Beans are declared by the composition root in {@code app}; nothing here is component-scanned.
 */
package org.partnershipledger.adapters.rest;

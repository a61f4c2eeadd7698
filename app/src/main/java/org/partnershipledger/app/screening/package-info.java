/**
 * Sanctions screening as the service runs it: the UN consolidated list adapter built from configuration, the bundled
 * fictitious sample in the default profile only, and a plain start-up report when the configured list cannot be read.
 */
package org.partnershipledger.app.screening;

/**
 * Sanctions screening as the service runs it: the UN consolidated list adapter built from configuration, the bundled
 * fictitious sample in the default profile only, and a plain start-up report when no usable list is configured.
 */
package org.partnershipledger.app.screening;

/**
 * Where users come from in the default profile: the demo users. Which identity source a start needs, and the issuer
 * and audience its tokens must name, is checked with every other setting (app.settings).
 */
package org.partnershipledger.app.identity;

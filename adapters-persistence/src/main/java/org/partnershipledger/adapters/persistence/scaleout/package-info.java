/**
 * Several nodes on one database: which of them are alive, so that each takes its fair share of the event processors'
 * segments (ADR 025).
 */
package org.partnershipledger.adapters.persistence.scaleout;

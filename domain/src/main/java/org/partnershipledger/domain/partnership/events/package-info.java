/**
 * Events of the Partnership aggregate: past-tense records that carry everything a reader needs to understand what
 * was decided and why. They never validate, so every event ever stored can be replayed; each has a revision.
 */
package org.partnershipledger.domain.partnership.events;

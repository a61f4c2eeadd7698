/**
 * Events of the Vetting aggregate: past-tense records that carry everything a reader needs to understand what was
 * found and decided and why. They never validate, so every event ever stored can be replayed; each has a revision.
 * Who acted is in the metadata; where a rule needs the actor (four eyes, V6) it is payload too.
 */
package org.partnershipledger.domain.vetting.events;

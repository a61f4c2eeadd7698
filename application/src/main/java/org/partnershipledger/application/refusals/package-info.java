/**
 * Why a command was refused, in a form that survives a distributed command bus: Axon Server does not carry exception
 * types back to the sender, only a serialized details object.
 */
package org.partnershipledger.application.refusals;

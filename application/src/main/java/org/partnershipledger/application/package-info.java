/**
 * What coordinates the aggregates and what the outside world may ask of them: process policies that turn events of
 * one aggregate into commands for another, the outbound ports those policies need, and the query messages with the
 * views they answer with. Plain Java and Axon messaging; the adapters supply the technology.
 */
package org.partnershipledger.application;

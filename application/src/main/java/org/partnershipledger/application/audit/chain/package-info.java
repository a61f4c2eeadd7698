/**
 * Tamper evidence (ADR 013): a SHA-256 hash chain over the stored event stream, its checkpoints, and the verification
 * that recomputes it. {@link org.partnershipledger.application.audit.chain.ChainLinks} is the one definition of a
 * link; the storage behind {@link org.partnershipledger.application.audit.chain.HashChainer} and
 * {@link org.partnershipledger.application.audit.chain.HashChainStore} lives in an adapter, and
 * {@link org.partnershipledger.application.audit.chain.HashChainVerifier} decides what a recomputation means.
 */
package org.partnershipledger.application.audit.chain;

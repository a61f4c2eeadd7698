package org.partnershipledger.app.endtoend;

/** Replay on demand and event evolution end to end on the embedded H2 database. */
class H2ReplayAndEvolutionIT extends ReplayAndEvolutionContract {
}

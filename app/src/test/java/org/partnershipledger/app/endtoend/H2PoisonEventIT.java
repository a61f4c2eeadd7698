package org.partnershipledger.app.endtoend;

/** Poison events parked in the dead-letter queue, end to end on the embedded H2 database. */
class H2PoisonEventIT extends PoisonEventContract {
}

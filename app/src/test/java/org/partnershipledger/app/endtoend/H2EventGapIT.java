package org.partnershipledger.app.endtoend;

/** Events committed out of order, end to end on the embedded H2 database (its sequence also hands out one index at a time). */
class H2EventGapIT extends EventGapContract {
}

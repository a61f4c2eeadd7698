/** Optimistic concurrency: the version a client expects a partnership or vetting to be at when its command runs. */
package org.partnershipledger.application.concurrency;

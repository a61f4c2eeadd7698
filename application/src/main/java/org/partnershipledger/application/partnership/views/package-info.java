/** The shapes in which partnerships are read: what officers, auditors and API clients see. */
package org.partnershipledger.application.partnership.views;

/** What auditors read: events described with who, when, why and what caused them, and pages of a record's history. */
package org.partnershipledger.application.audit.views;

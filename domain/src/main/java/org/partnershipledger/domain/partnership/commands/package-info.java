/**
 * Commands to the Partnership aggregate: imperative records that validate their own shape; the aggregate decides
 * whether the rules allow them.
 */
package org.partnershipledger.domain.partnership.commands;

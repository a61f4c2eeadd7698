/**
 * Who is acting: the roles of the agency's staff, the acting user, and the metadata keys under which every message
 * records them for auditors.
 */
package org.partnershipledger.application.identity;

/** The paging rules every list query shares. */
package org.partnershipledger.application.paging;

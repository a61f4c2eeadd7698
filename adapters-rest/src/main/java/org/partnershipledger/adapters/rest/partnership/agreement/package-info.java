/** The agreement: concluded on its terms (P3, P4, P5) and amended with a rationale (P10). */
package org.partnershipledger.adapters.rest.partnership.agreement;

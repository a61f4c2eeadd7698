/** The end of a partnership: a proposal withdrawn, an agreed partnership discontinued (P8) or concluded (P9). */
package org.partnershipledger.adapters.rest.partnership.closing;

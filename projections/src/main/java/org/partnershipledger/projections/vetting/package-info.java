/**
 * The vetting read models (ADR 009): the detail of each vetting with the index the queue filters on, the partner
 * registry composed from what each partnership and each vetting recorded about a partner, and the clearances a
 * partnership may reuse (V7). Rules about what is open, standing or valid live here; the stores only keep and query.
 */
package org.partnershipledger.projections.vetting;

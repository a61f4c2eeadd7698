package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.shared.Money;

import java.time.Instant;
import java.util.List;

/**
 * One partnership as officers read it.
 *
 * @param version    the sequence number of the last event applied, which is the aggregate's version; clients send it
 *                   back to guard against concurrent edits
 * @param transfer   what the agency transfers, or {@code null} when nothing is transferred
 */
public record PartnershipView(String partnershipId,
                              long version,
                              String title,
                              String purpose,
                              PartnershipForm form,
                              AgencyRole agencyRole,
                              Scope scope,
                              Money transfer,
                              PartnershipStatus status,
                              String leadOffice,
                              String proposedBy,
                              Instant proposedAt,
                              Instant lastChangedAt,
                              List<PartnerView> partners) {

    public PartnershipView {
        partners = List.copyOf(partners);
    }
}

package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import java.util.List;

/**
 * A partnership was proposed. The proposer is part of the payload, not only of the metadata, because the four-eyes
 * rule (V6) needs it: the proposer may not approve the vetting of its own partnership.
 *
 * @param transfer the resources the agency transfers, or {@code null} when none are
 */
@Revision("1")
public record PartnershipProposed(PartnershipId partnershipId,
                                  String title,
                                  String purpose,
                                  PartnershipForm form,
                                  AgencyRole agencyRole,
                                  Scope scope,
                                  Money transfer,
                                  List<PartnerProfile> partners,
                                  OfficeCode leadOffice,
                                  UserId proposedBy) {
}

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
 * <p>Revision 2 names the agency's transfer {@code agencyTransfer}, as every later event of the agreement does;
 * revision 1 called it {@code transfer}. {@code PartnershipProposedUpcaster} (in {@code adapters-persistence}) reads
 * revision 1 as revision 2.
 *
 * @param agencyTransfer the funds or other resources the agency transfers, or {@code null} when none are
 */
@Revision("2")
public record PartnershipProposed(PartnershipId partnershipId,
                                  String title,
                                  String purpose,
                                  PartnershipForm form,
                                  AgencyRole agencyRole,
                                  Scope scope,
                                  Money agencyTransfer,
                                  List<PartnerProfile> partners,
                                  OfficeCode leadOffice,
                                  UserId proposedBy) {
}

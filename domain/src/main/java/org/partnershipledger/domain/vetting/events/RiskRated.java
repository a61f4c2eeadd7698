package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.VettingId;

/**
 * The risks of partnering were rated (V4); this rating replaces earlier ones.
 *
 * @param highestScore the highest likelihood-times-impact of the three
 * @param band         the band of the highest score under the risk policy in force when rated
 */
@Revision("1")
public record RiskRated(VettingId vettingId,
                        RiskScore reputational,
                        RiskScore fiduciary,
                        RiskScore performance,
                        int highestScore,
                        RiskBand band,
                        UserId ratedBy) {
}

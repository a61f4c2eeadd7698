package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.UserId;

/**
 * The person deciding a vetting, with what gives them authority (V5): the office they act for, its level, and
 * whether they sit on the HQ due diligence committee. Built from the acting user, never from a request body.
 *
 * <p>The level must be the one the office code convention gives ({@link OfficeLevel#of}), so that a caller cannot
 * raise an approver's authority by stating a level; an office outside the convention is refused.
 */
public record Approver(UserId userId, OfficeCode office, OfficeLevel level, boolean dueDiligenceCommittee) {

    public Approver {
        if (userId == null) {
            throw new IllegalArgumentException("approver.userId is required");
        }
        if (office == null) {
            throw new IllegalArgumentException("approver.office is required");
        }
        if (level == null) {
            throw new IllegalArgumentException("approver.level is required");
        }
        OfficeLevel conventional = OfficeLevel.of(office);
        if (level != conventional) {
            throw new IllegalArgumentException("approver.level of office " + office + " is " + conventional
                    + ", not " + level);
        }
    }

    /** An approver whose level follows from the office code convention. */
    public static Approver of(UserId userId, OfficeCode office, boolean dueDiligenceCommittee) {
        return new Approver(userId, office, office == null ? null : OfficeLevel.of(office), dueDiligenceCommittee);
    }

    @Override
    public String toString() {
        return userId + " (" + office + ", " + level + (dueDiligenceCommittee ? ", due diligence committee" : "")
                + ")";
    }
}

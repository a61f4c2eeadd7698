package org.partnershipledger.domain.partnership;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A partnership between the agency and one or more partners, event-sourced from its proposal on.
 *
 * <p>Command handlers check the rules of {@link Rule} and refuse a command with a {@link RuleViolation} naming the
 * rule; event-sourcing handlers only assign state, so that every event ever stored replays whatever the rules are
 * today.
 */
public class Partnership {

    @AggregateIdentifier
    private PartnershipId id;
    private PartnershipStatus status;

    /** For Axon, which rebuilds the aggregate from its events. */
    protected Partnership() {
    }

    @CommandHandler
    public Partnership(ProposePartnership command, PartnershipPolicy policy) {
        requireTransferOnlyInFormalPartnership(command);
        requirePartnerComposition(command, policy);
        apply(new PartnershipProposed(command.partnershipId(), command.title(), command.purpose(), command.form(),
                command.agencyRole(), command.scope(), command.transfer(), command.partners(),
                command.leadOffice(), command.proposedBy()));
    }

    private static void requireTransferOnlyInFormalPartnership(ProposePartnership command) {
        boolean transfersResources = command.transfer() != null && !command.transfer().isZero();
        if (transfersResources && command.form() == PartnershipForm.COLLABORATIVE_RELATIONSHIP) {
            throw new RuleViolation(Rule.P1, "a collaborative relationship transfers no funds or resources: "
                    + "record it as a FORMAL_PARTNERSHIP or remove the transfer of "
                    + command.transfer().amount().toPlainString() + " " + command.transfer().currency());
        }
    }

    private static void requirePartnerComposition(ProposePartnership command, PartnershipPolicy policy) {
        if (command.partners().isEmpty()) {
            throw new RuleViolation(Rule.P2, "a partnership needs at least one partner");
        }
        long active = command.partners().stream().filter(p -> p.engagement() == EngagementLevel.ACTIVE).count();
        if (active > policy.maxActivePartners()) {
            throw new RuleViolation(Rule.P2, "at most " + policy.maxActivePartners()
                    + " partners may be ACTIVE (decision-making), this proposal has " + active
                    + "; engage the others as PILOT or ADVISORY");
        }
    }

    @EventSourcingHandler
    void on(PartnershipProposed event) {
        this.id = event.partnershipId();
        this.status = PartnershipStatus.PROPOSED;
    }
}

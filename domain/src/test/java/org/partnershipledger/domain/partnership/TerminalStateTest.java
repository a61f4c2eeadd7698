package org.partnershipledger.domain.partnership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.domain.partnership.commands.AddPartner;
import org.partnershipledger.domain.partnership.commands.AmendAgreement;
import org.partnershipledger.domain.partnership.commands.CompleteCorrectiveAction;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;
import org.partnershipledger.domain.partnership.commands.CorrectRecordedFact;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;
import org.partnershipledger.domain.partnership.commands.RecordVettingOutcome;
import org.partnershipledger.domain.partnership.commands.RemovePartner;
import org.partnershipledger.domain.partnership.commands.WithdrawProposal;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.partnershipledger.domain.partnership.PartnershipTestData.*;

/** P10: a discontinued, withdrawn or concluded partnership accepts no command but record corrections. */
class TerminalStateTest {

    static Stream<Arguments> terminal_histories() {
        return Stream.of(
                Arguments.of("discontinued", discontinuedHistory(), PartnershipStatus.DISCONTINUED),
                Arguments.of("withdrawn", withdrawnHistory(), PartnershipStatus.DISCONTINUED),
                Arguments.of("concluded", concludedHistory(), PartnershipStatus.CONCLUDED));
    }

    static List<Object> every_command_but_record_corrections() {
        return List.of(
                new AddPartner(ID, UCAD),
                new RemovePartner(ID, TOSTAN.partnerId(), "leaving"),
                new RecordVettingOutcome(ID, TOSTAN.partnerId(), "v-9", VettingOutcome.CLEARED, VettingTier.ENHANCED,
                        LocalDate.of(2028, 1, 1), List.of(), false),
                new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN)),
                new AmendAgreement(ID, new AmendmentId("am-1"), TODAY,
                        AgreementChanges.duration(LocalDate.of(2028, 1, 1)), "more time"),
                review("r-9", LocalDate.of(2025, 9, 1), ReviewProgress.ON_TRACK, TOSTAN),
                plan(),
                new CompleteCorrectiveAction(ID, ACTION_1, TODAY, "done"),
                new DiscontinuePartnership(ID, DiscontinuationReason.MUTUAL_AGREEMENT, "both agree", null, TODAY,
                        List.of("stay in touch")),
                new WithdrawProposal(ID, "changed our minds", TODAY),
                conclude(NextStep.CLOSE));
    }

    static Stream<Arguments> terminal_histories_and_commands() {
        return terminal_histories().flatMap(history -> every_command_but_record_corrections().stream()
                .map(command -> Arguments.of(history.get()[0], history.get()[1], history.get()[2],
                        command.getClass().getSimpleName(), command)));
    }

    @ParameterizedTest(name = "a {0} partnership refuses {3}")
    @MethodSource("terminal_histories_and_commands")
    void a_terminal_partnership_refuses_every_command_but_record_corrections(String name, List<Object> history,
                                                                              PartnershipStatus status,
                                                                              String commandName, Object command) {
        fixture().given(history)
                 .when(command)
                 .expectNoEvents()
                 .expectException(RuleViolation.class)
                 .expectExceptionMessage("P10: the partnership is " + status
                         + ": a terminal partnership accepts no command but record corrections");
    }

    @ParameterizedTest(name = "a {0} partnership accepts a record correction")
    @MethodSource("terminal_histories")
    void a_terminal_partnership_accepts_record_corrections(String name, List<Object> history,
                                                           PartnershipStatus status) {
        String title = formalProposal(TOSTAN).title();

        fixture().given(history)
                 .when(new CorrectRecordedFact(ID, RecordedFact.TITLE, null, title, "Community-led change", "typo"))
                 .expectEvents(new RecordedFactCorrected(ID, RecordedFact.TITLE, null, title, "Community-led change",
                         "typo"));
    }
}

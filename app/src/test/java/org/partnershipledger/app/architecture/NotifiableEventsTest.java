package org.partnershipledger.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.notification.NotifiableEvents;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Receivers branch on the public event names: every event of the domain has one, and a published name stays. */
class NotifiableEventsTest {

    @Test
    void every_event_of_the_domain_has_a_public_name() {
        Set<String> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnershipledger.domain").stream()
                .filter(type -> type.getPackageName().endsWith(".events") && type.isRecord() && type.isTopLevelClass())
                .map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(events).hasSizeGreaterThan(20);
        assertThat(NotifiableEvents.types().stream().map(Class::getName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void the_published_names_stay_as_receivers_know_them() {
        assertThat(NotifiableEvents.names()).containsExactly(
                "AgreementAmended", "AgreementConcluded", "AgreementCycleRenewed", "ClearanceReused",
                "CorrectiveActionCompleted", "CorrectiveActionPlanAgreed", "CriterionAssessed", "PartnerJoined",
                "PartnerLeft", "PartnershipConcluded", "PartnershipCorrected", "PartnershipDiscontinued",
                "PartnershipPlacedUnderCorrection", "PartnershipProposed", "PartnershipReturnedToProposed",
                "PartnershipVetted", "ProposalWithdrawn", "RecordedFactCorrected", "ReviewRecorded", "RiskRated",
                "SanctionsScreeningRecorded", "ScreeningMatchDismissed", "VettingDecided", "VettingOpened",
                "VettingOutcomeRecorded", "VettingReopened");
    }
}

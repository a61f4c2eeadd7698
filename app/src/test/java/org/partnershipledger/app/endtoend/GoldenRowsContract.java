package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.endtoend.GoldenRows.Row;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.partnership.events.AgreementAmended;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.AgreementCycleRenewed;
import org.partnershipledger.domain.partnership.events.CorrectiveActionCompleted;
import org.partnershipledger.domain.partnership.events.CorrectiveActionPlanAgreed;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnerLeft;
import org.partnershipledger.domain.partnership.events.PartnershipConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipCorrected;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.partnershipledger.app.support.VettingSteps.VETTER;

/**
 * Issue 14, stored data stays readable: the golden rows ({@link GoldenRows}), exported once by an earlier version of
 * the service, are loaded into a fresh database right after Flyway migrated it, and the service started on it must
 * read them all as that version did. The tests run in the order in which an upgraded service meets its stored data:
 * the processors resume from their stored tokens; every event reads through the configured serializer and upcaster
 * chain, as its type with its values; the parked dead letters load from the queue and apply when retried; the read
 * models rebuilt from the events show what the events say; and every aggregate loads and takes the commands its state
 * allows. Run once per database by its subclasses, each on the rows exported from that database.
 */
@SpringBootTest(classes = {PartnershipLedgerApplication.class, GoldenRowsContract.GoldenDatabase.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class GoldenRowsContract {

    static final String ADMIN = ReplayAndEvolutionContract.ADMIN;

    /** The processors of the version that exported the rows, each of which left a token. */
    static final Set<String> PROCESSORS = Set.of("partnership-views", "vetting-views", "partner-registry",
            "vetting-process", "event-notifications");

    /** Every event type of the domain when the rows were exported: each is in them at least once. */
    static final List<Class<?>> EVENT_TYPES = List.of(AgreementAmended.class, AgreementConcluded.class,
            AgreementCycleRenewed.class, CorrectiveActionCompleted.class, CorrectiveActionPlanAgreed.class,
            PartnerJoined.class, PartnerLeft.class, PartnershipConcluded.class, PartnershipCorrected.class,
            PartnershipDiscontinued.class, PartnershipPlacedUnderCorrection.class, PartnershipProposed.class,
            PartnershipReturnedToProposed.class, PartnershipVetted.class, ProposalWithdrawn.class,
            RecordedFactCorrected.class, ReviewRecorded.class, VettingOutcomeRecorded.class, ClearanceReused.class,
            CriterionAssessed.class, RiskRated.class, SanctionsScreeningRecorded.class, ScreeningMatchDismissed.class,
            VettingDecided.class, VettingOpened.class, VettingReopened.class);

    /**
     * Loads the golden rows right after Flyway migrated the fresh database, in Flyway's transaction: before any event
     * processor starts, as when the service starts on a database that an earlier version left behind.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class GoldenDatabase {

        @Bean
        Callback goldenRowsLoader() {
            return new Callback() {
                @Override
                public boolean supports(Event event, Context context) {
                    return event == Event.AFTER_MIGRATE;
                }

                @Override
                public boolean canHandleInTransaction(Event event, Context context) {
                    return true;
                }

                @Override
                public void handle(Event event, Context context) {
                    try {
                        GoldenRows.load(context.getConnection());
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot load the golden rows: " + e.getMessage(), e);
                    }
                }

                @Override
                public String getCallbackName() {
                    return "golden-rows";
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    Serializer serializer;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TransactionManager transactions;

    ApiClient api;
    VettingSteps vettings;
    String database;
    Properties export;
    LocalDate exportedOn;
    List<Row> goldenEvents;
    long goldenHead;

    @BeforeEach
    void connect() throws SQLException {
        api = new ApiClient(port);
        vettings = new VettingSteps(api, id -> jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?").param(id).query(Long.class).single() > 0);
        try (Connection connection = dataSource.getConnection()) {
            database = GoldenRows.directoryOf(connection);
        }
        export = GoldenRows.exportProperties(database);
        exportedOn = LocalDate.parse(export.getProperty("exported-on"));
        goldenEvents = GoldenRows.rows(database, "domain_event_entry");
        goldenHead = goldenEvents.stream().mapToLong(row -> row.number("global_index")).max().orElseThrow();
    }

    // ---- tokens -------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void every_processor_resumes_from_its_golden_token_a_gap_aware_tracking_token_at_the_golden_head() {
        List<Row> tokens = GoldenRows.rows(database, "token_entry");
        assertThat(tokens).extracting(row -> row.text("processor_name"))
                .containsExactlyInAnyOrderElementsOf(PROCESSORS);
        for (Row row : tokens) {
            TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(row.bytes("token"),
                    byte[].class, row.text("token_type"), null));
            assertThat(token).as(row.text("processor_name")).isInstanceOf(GapAwareTrackingToken.class);
            assertThat(token.position()).as(row.text("processor_name")).hasValue(goldenHead);
        }

        for (String name : PROCESSORS) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            EventTrackerStatus segment = claimedSegment(processor);
            assertThat(segment.getTrackingToken()).as(name).isInstanceOf(GapAwareTrackingToken.class);
            assertThat(segment.getTrackingToken().position()).as(name + ": where the golden token left it")
                    .hasValue(goldenHead);
            assertThat(segment.isReplaying()).isFalse();
        }
        long head = new Quiescence(api, jdbc).quiesce();
        assertThat(head).as("nothing acted again on the golden events: the vetting process stored nothing")
                .isEqualTo(goldenHead);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single())
                .isEqualTo(goldenEvents.size());
    }

    // ---- events -------------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void every_golden_event_reads_through_the_serializer_and_the_upcasters_as_its_type_with_its_values() {
        Map<String, DomainEventMessage<?>> read = new HashMap<>();
        goldenEvents.stream().map(row -> row.text("aggregate_identifier")).distinct().forEach(aggregate ->
                eventStore.readEvents(aggregate).asStream().forEach(event -> read.put(event.getIdentifier(), event)));

        for (Row row : goldenEvents) {
            DomainEventMessage<?> event = read.get(row.text("event_identifier"));
            String what = "event " + row.number("global_index") + " (" + row.text("payload_type") + ")";
            assertThat(event).as(what).isNotNull();
            assertThat(event.getPayload().getClass().getName()).as(what).isEqualTo(row.text("payload_type"));
            assertThat(event.getAggregateIdentifier()).as(what).isEqualTo(row.text("aggregate_identifier"));
            assertThat(event.getSequenceNumber()).as(what).isEqualTo(row.number("sequence_number"));
            assertThat(event.getType()).as(what).isEqualTo(row.text("type"));
            assertThat(event.getTimestamp()).as(what).isEqualTo(Instant.parse(row.text("time_stamp")));
            assertThat(event.getMetaData()).as(what).containsKeys("userId", "correlationId", "causationId");
        }
        Set<Class<?>> types = read.values().stream().<Class<?>>map(event -> event.getPayload().getClass())
                .collect(Collectors.toSet());
        assertThat(types).as("every event type of the exporting version")
                .containsExactlyInAnyOrderElementsOf(EVENT_TYPES);

        partnershipEventsReadWithTheirValues();
        vettingEventsReadWithTheirValues();
    }

    /** A proposal stored as revision 1 named the transfer {@code transfer}: only the upcaster carries it over. */
    @Test
    @Order(2)
    void the_proposal_stored_as_revision_1_reads_through_the_upcaster_with_its_transfer() {
        String stored = partnership("stored-as-revision-1");

        PartnershipProposed proposed = only(stored, PartnershipProposed.class);

        assertThat(proposed.title()).isEqualTo("Community-led abandonment of harmful practices");
        assertThat(proposed.agencyTransfer()).as("the renamed transfer").isNotNull();
        assertThat(proposed.agencyTransfer().amount()).isEqualByComparingTo("250000");
        assertThat(proposed.agencyTransfer().currency()).isEqualTo("USD");
        assertThat(proposed.partners()).extracting(partner -> partner.partnerId().value())
                .containsExactly("golden-tostan", "golden-radio-sahel");
        assertThat(goldenEventsOf(stored).get(0).text("payload_revision")).as("as stored").isEqualTo("1");
    }

    private void partnershipEventsReadWithTheirValues() {
        PartnershipProposed tostan = only(partnership("demo-tostan"), PartnershipProposed.class);
        assertThat(tostan.title()).isEqualTo("Community-led abandonment of harmful practices");
        assertThat(tostan.agencyTransfer().amount()).isEqualByComparingTo("250000");
        assertThat(tostan.partners()).singleElement().satisfies(partner -> {
            assertThat(partner.name()).isEqualTo("Tostan");
            assertThat(partner.registrationReference()).isEqualTo("SN-DKR-1991-B-112");
            assertThat(partner.engagement()).isEqualTo(EngagementLevel.ACTIVE);
        });
        assertThat(tostan.leadOffice().value()).isEqualTo("CO-SEN");
        assertThat(tostan.proposedBy()).isEqualTo(new UserId("officer"));

        String joined = partnership("joined-left-renamed-reopened");
        PartnerJoined sauti = only(joined, PartnerJoined.class);
        assertThat(sauti.partner().partnerId().value()).isEqualTo("golden-sauti");
        assertThat(sauti.partner().engagement()).isEqualTo(EngagementLevel.ADVISORY);
        PartnerLeft jamii = only(joined, PartnerLeft.class);
        assertThat(jamii.partnerName()).isEqualTo("Jamii Media");
        assertThat(jamii.reason()).isEqualTo("Withdrew before the agreement to focus on its own programmes");
        RecordedFactCorrected renamed = only(joined, RecordedFactCorrected.class);
        assertThat(renamed.fact()).isEqualTo(RecordedFact.PARTNER_NAME);
        assertThat(renamed.targetId()).isEqualTo("golden-amani");
        assertThat(renamed.oldValue()).isEqualTo("Amani Trust");
        assertThat(renamed.newValue()).isEqualTo("Amani Trust Senegal");
        assertThat(only(joined, PartnershipVetted.class).clearances()).extracting(clearance -> clearance.partnerId()
                .value()).containsExactlyInAnyOrder("golden-amani", "golden-sauti");
        List<VettingOutcomeRecorded> outcomes = all(joined, VettingOutcomeRecorded.class);
        assertThat(outcomes).extracting(VettingOutcomeRecorded::outcome)
                .containsExactly(VettingOutcome.CLEARED, VettingOutcome.CLEARED, VettingOutcome.REOPENED);
        assertThat(outcomes.get(0).validUntil()).isEqualTo(exportedOn.plusMonths(24).minusDays(1));
        assertThat(outcomes.get(2).validUntil()).isNull();
        assertThat(only(joined, PartnershipReturnedToProposed.class).unclearedPartners())
                .containsExactly(new PartnerId("golden-amani"));

        ProposalWithdrawn withdrawn = only(partnership("clearance-reused-withdrawn"), ProposalWithdrawn.class);
        assertThat(withdrawn.reason()).isEqualTo("Merged into the first partnership");
        assertThat(withdrawn.withdrawnOn()).isEqualTo(exportedOn);

        String renewed = partnership("corrected-and-renewed");
        AgreementConcluded agreement = only(renewed, AgreementConcluded.class);
        assertThat(agreement.cycle()).isEqualTo(1);
        assertThat(agreement.signedOn()).isEqualTo(exportedOn.minusDays(60));
        assertThat(agreement.agencyTransfer().amount()).isEqualByComparingTo("250000");
        assertThat(agreement.reducedRequirements()).isFalse();
        assertThat(agreement.terms().reviewFrequencyMonths()).isEqualTo(6);
        AgreementAmended amended = only(renewed, AgreementAmended.class);
        assertThat(amended.amendmentId().value()).isEqualTo("amendment-1");
        assertThat(amended.changes().intendedEndDate()).isEqualTo(exportedOn.minusDays(60).plusYears(3));
        assertThat(amended.amendedTerms().intendedEndDate()).isEqualTo(exportedOn.minusDays(60).plusYears(3));
        assertThat(amended.rationale()).startsWith("The ministry asked for a third year");
        assertThat(all(renewed, ReviewRecorded.class)).extracting(ReviewRecorded::progress)
                .containsExactly(ReviewProgress.LITTLE_OR_NO_PROGRESS, ReviewProgress.SOME_PROGRESS);
        PartnershipPlacedUnderCorrection correction = only(renewed, PartnershipPlacedUnderCorrection.class);
        assertThat(correction.reviewId().value()).isEqualTo("review-1");
        assertThat(correction.planDeadline()).isEqualTo(exportedOn.minusDays(20).plusDays(30));
        CorrectiveActionPlanAgreed plan = only(renewed, CorrectiveActionPlanAgreed.class);
        assertThat(plan.planId().value()).isEqualTo("plan-1");
        assertThat(plan.agreedOn()).isEqualTo(exportedOn.minusDays(15));
        assertThat(plan.actions()).extracting(action -> action.actionId().value())
                .containsExactly("action-1", "action-2");
        assertThat(plan.actions().get(0).responsible().partnerId()).isEqualTo(new PartnerId("golden-kaolack"));
        assertThat(all(renewed, CorrectiveActionCompleted.class)).extracting(CorrectiveActionCompleted::completedOn)
                .containsExactly(exportedOn.minusDays(10), exportedOn.minusDays(2));
        PartnershipCorrected corrected = only(renewed, PartnershipCorrected.class);
        assertThat(corrected.reviewId().value()).isEqualTo("review-2");
        assertThat(corrected.correctedOn()).isEqualTo(exportedOn.minusDays(2));
        PartnershipConcluded concluded = only(renewed, PartnershipConcluded.class);
        assertThat(concluded.nextStep()).isEqualTo(NextStep.RENEW);
        assertThat(concluded.finalEvaluation().participants()).containsExactly(new PartnerId("golden-kaolack"));
        AgreementCycleRenewed cycle = only(renewed, AgreementCycleRenewed.class);
        assertThat(cycle.cycle()).isEqualTo(2);
        assertThat(cycle.renewedOn()).isEqualTo(exportedOn);

        PartnershipDiscontinued discontinued = only(partnership("demo-safe-water"), PartnershipDiscontinued.class);
        assertThat(discontinued.reason()).isEqualTo(DiscontinuationReason.CHANGED_CONTEXT);
        assertThat(discontinued.effectiveDate()).isEqualTo(exportedOn.minusDays(30));
        assertThat(discontinued.continuityMeasures()).hasSize(2);
    }

    private void vettingEventsReadWithTheirValues() {
        String reopened = vettingOf("joined-left-renamed-reopened", "golden-amani");
        ClearanceReused reuse = only(reopened, ClearanceReused.class);
        assertThat(reuse.partnershipId()).isEqualTo(new PartnershipId(partnership("clearance-reused-withdrawn")));
        assertThat(reuse.tier()).isEqualTo(VettingTier.STANDARD);
        assertThat(reuse.decision()).isEqualTo(VettingDecision.CLEARED);
        assertThat(reuse.reusedOn()).isEqualTo(exportedOn);
        VettingReopened reopening = only(reopened, VettingReopened.class);
        assertThat(reopening.reason()).isEqualTo(ReopeningReason.ADVERSE_MEDIA);
        assertThat(reopening.previousDecision()).isEqualTo(VettingDecision.CLEARED);
        assertThat(reopening.reopenedBy()).isEqualTo(new UserId(VETTER));
        assertThat(reopening.affectedPartnerships()).extracting(PartnershipId::value).containsExactlyInAnyOrder(
                partnership("joined-left-renamed-reopened"), partnership("clearance-reused-withdrawn"));

        String dismissed = vettingOf("screening-match-dismissed", "golden-brindlemoor");
        VettingOpened opened = only(dismissed, VettingOpened.class);
        assertThat(opened.partnerName()).isEqualTo("Brindlemoor Humanitarian Releif Fondation");
        assertThat(opened.tier()).isEqualTo(VettingTier.STANDARD);
        assertThat(opened.requiredCriteria()).containsExactlyElementsOf(Criterion.requiredFor(VettingTier.STANDARD));
        assertThat(opened.partnershipProposer()).isEqualTo(new UserId("officer"));
        SanctionsScreeningRecorded screening = only(dismissed, SanctionsScreeningRecorded.class);
        assertThat(screening.listName()).isEqualTo("UN Security Council Consolidated List");
        assertThat(screening.screenedName()).isEqualTo("Brindlemoor Humanitarian Releif Fondation");
        assertThat(screening.matches()).extracting(match -> match.entryReference()).contains("ZZe.003");
        ScreeningMatchDismissed dismissal = only(dismissed, ScreeningMatchDismissed.class);
        assertThat(dismissal.entryReference()).isEqualTo("ZZe.003");
        assertThat(dismissal.listedName()).isEqualTo("BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION");
        assertThat(dismissal.score()).isGreaterThanOrEqualTo(screening.threshold());
        assertThat(dismissal.dismissedBy()).isEqualTo(new UserId(VETTER));

        String cleared = vettingOf("corrected-and-renewed", "golden-kaolack");
        assertThat(all(cleared, CriterionAssessed.class)).extracting(CriterionAssessed::criterion)
                .containsExactlyElementsOf(Criterion.requiredFor(VettingTier.STANDARD));
        assertThat(all(cleared, CriterionAssessed.class)).extracting(CriterionAssessed::assessedBy)
                .containsOnly(new UserId(VETTER));
        RiskRated risk = only(cleared, RiskRated.class);
        assertThat(risk.reputational()).isEqualTo(new RiskScore(1, 3));
        assertThat(risk.highestScore()).isEqualTo(4);
        assertThat(risk.band()).isEqualTo(RiskBand.LOW);
        VettingDecided decided = only(cleared, VettingDecided.class);
        assertThat(decided.decision()).isEqualTo(VettingDecision.CLEARED);
        assertThat(decided.approvedBy()).isEqualTo(new UserId("approver-regional"));
        assertThat(decided.decidedOn()).isEqualTo(exportedOn);
        assertThat(decided.validUntil()).isEqualTo(exportedOn.plusMonths(24).minusDays(1));
    }

    // ---- dead letters -------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void the_parked_dead_letters_load_from_the_queue_with_their_events_and_apply_when_retried() {
        String poisoned = partnership("parked-as-dead-letter");
        List<Row> golden = GoldenRows.rows(database, "dead_letter_entry");
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing
                .deadLetterQueue(PartnershipViewProjection.PROCESSING_GROUP).orElseThrow();

        List<DeadLetter<? extends EventMessage<?>>> letters = transactions.fetchInTransaction(() -> {
            List<DeadLetter<? extends EventMessage<?>>> sequence = new ArrayList<>();
            queue.deadLetterSequence(poisoned).forEach(sequence::add);
            return sequence;
        });

        assertThat(golden).hasSize(2);
        assertThat(letters).hasSize(2);
        DeadLetter<? extends EventMessage<?>> failed = letters.get(0);
        assertThat(failed.message().getIdentifier()).isEqualTo(golden.get(0).text("event_identifier"));
        assertThat(failed.message().getPayload()).isInstanceOfSatisfying(PartnershipProposed.class, proposed ->
                assertThat(proposed.title()).isEqualTo(GoldenRowsExport.POISON + " community radio"));
        assertThat(failed.cause()).hasValueSatisfying(cause -> {
            assertThat(cause.type()).isEqualTo(IllegalStateException.class.getName());
            assertThat(cause.message()).isEqualTo("cannot store the view of '" + GoldenRowsExport.POISON
                    + " community radio'");
        });
        assertThat(failed.enqueuedAt()).isEqualTo(Instant.parse(golden.get(0).text("enqueued_at")));
        assertThat(failed.diagnostics().get("attempts")).isEqualTo(1);
        DeadLetter<? extends EventMessage<?>> waiting = letters.get(1);
        assertThat(waiting.message().getPayload()).isInstanceOfSatisfying(RecordedFactCorrected.class, correction ->
                assertThat(correction.newValue()).isEqualTo(GoldenRowsExport.POISON + " community radio network"));
        assertThat(waiting.cause()).as("parked behind the failed one, never tried").isEmpty();

        JsonNode listed = api.get(ADMIN, PoisonEventContract.DEAD_LETTERS + PoisonEventContract.VIEWS).json()
                .get("items");
        assertThat(listed.findValuesAsText("sequenceId")).containsExactly(poisoned);
        assertThat(listed.get(0).get("letters").findValuesAsText("eventType"))
                .containsExactly("PartnershipProposed", "RecordedFactCorrected");

        Response retried = api.post(ADMIN, PoisonEventContract.DEAD_LETTERS + PoisonEventContract.VIEWS
                + "/sequences/" + poisoned + "/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("resolved").asBoolean()).as("the fix is in: the poison is gone").isTrue();
        JsonNode view = api.getEventually("auditor", "/api/partnerships/" + poisoned,
                response -> response.status() == 200).json();
        assertThat(view.get("title").asText()).as("both parked events applied, in order")
                .isEqualTo(GoldenRowsExport.POISON + " community radio network");
    }

    // ---- read models --------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void the_read_models_rebuilt_from_the_golden_events_show_what_the_events_say() {
        for (String projection : ReplayAndEvolutionContract.PROJECTIONS) {
            rebuild(projection);
        }

        JsonNode portfolio = api.get("auditor", "/api/partnerships?size=50").json();
        assertThat(portfolio.get("totalItems").asLong()).as(portfolio.toString()).isEqualTo(12);
        assertThat(portfolio.get("totals").get("PROPOSED").asLong()).isEqualTo(4);
        assertThat(portfolio.get("totals").get("VETTED").asLong()).isEqualTo(2);
        assertThat(portfolio.get("totals").get("AGREED").asLong()).isEqualTo(2);
        assertThat(portfolio.get("totals").get("UNDER_CORRECTION").asLong()).isEqualTo(1);
        assertThat(portfolio.get("totals").get("DISCONTINUED").asLong()).isEqualTo(2);
        assertThat(portfolio.get("totals").get("CONCLUDED").asLong()).isEqualTo(1);

        JsonNode tostan = view("demo-tostan");
        assertThat(tostan.get("status").asText()).isEqualTo("AGREED");
        assertThat(tostan.get("transfer").get("amount").decimalValue()).isEqualByComparingTo("250000");
        assertThat(tostan.get("agreement").get("signedOn").asText()).isEqualTo(exportedOn.minusDays(400).toString());
        assertThat(tostan.get("reviews")).hasSize(1);
        assertThat(tostan.get("nextReviewDue").asText())
                .isEqualTo(exportedOn.minusDays(200).plusMonths(6).toString());
        JsonNode tostanVetting = tostan.get("partners").get(0).get("vetting");
        assertThat(tostanVetting.get("outcome").asText()).isEqualTo("CLEARED");
        assertThat(tostanVetting.get("validUntil").asText())
                .isEqualTo(exportedOn.minusDays(420).plusMonths(24).minusDays(1).toString());

        JsonNode measles = view("demo-measles");
        assertThat(measles.get("status").asText()).isEqualTo("UNDER_CORRECTION");
        assertThat(measles.get("partners")).hasSize(4);
        assertThat(measles.get("openCorrectivePlan").get("planId").asText()).isEqualTo("measles-plan-1");
        assertThat(measles.get("openCorrectivePlan").get("actions")).hasSize(2);

        JsonNode safeWater = view("demo-safe-water");
        assertThat(safeWater.get("status").asText()).isEqualTo("DISCONTINUED");
        assertThat(safeWater.get("discontinuation").get("reason").asText()).isEqualTo("CHANGED_CONTEXT");
        assertThat(safeWater.get("partners").get(0).get("vetting").get("tier").asText()).isEqualTo("ENHANCED");

        JsonNode rapidSms = view("demo-rapid-sms");
        assertThat(rapidSms.get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(rapidSms.get("leadOffice").asText()).isEqualTo("CO-MWI");
        assertThat(rapidSms.get("conclusion").get("nextStep").asText()).isEqualTo("INSTITUTIONALIZE");

        JsonNode joined = view("joined-left-renamed-reopened");
        assertThat(joined.get("status").asText()).as("the reopened vetting blocks agreement").isEqualTo("PROPOSED");
        assertThat(joined.get("partners").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Amani Trust Senegal", "Sauti Radio");
        assertThat(joined.get("formerPartners").findValuesAsText("name")).containsExactly("Jamii Media");
        assertThat(partnerOf(joined, "golden-amani").get("vetting").get("outcome").asText()).isEqualTo("REOPENED");
        assertThat(joined.get("recordCorrections")).hasSize(1);

        JsonNode withdrawn = view("clearance-reused-withdrawn");
        assertThat(withdrawn.get("status").asText()).isEqualTo("DISCONTINUED");
        assertThat(withdrawn.get("withdrawal").get("reason").asText()).isEqualTo("Merged into the first partnership");
        assertThat(withdrawn.get("partners").get(0).get("vetting").get("reusedClearance").asBoolean()).isTrue();

        JsonNode renewed = view("corrected-and-renewed");
        assertThat(renewed.get("status").asText()).isEqualTo("VETTED");
        assertThat(renewed.get("cycle").asInt()).isEqualTo(2);
        assertThat(renewed.get("reviews")).hasSize(2);
        assertThat(renewed.get("closedCorrectivePlans")).singleElement().satisfies(plan ->
                assertThat(plan.get("correctedByReviewId").asText()).isEqualTo("review-2"));
        assertThat(renewed.get("earlierCycles")).singleElement().satisfies(earlier -> {
            assertThat(earlier.get("conclusion").get("nextStep").asText()).isEqualTo("RENEW");
            assertThat(earlier.get("agreement").get("amendments")).hasSize(1);
        });

        JsonNode revision1 = view("stored-as-revision-1");
        assertThat(revision1.get("status").asText()).isEqualTo("VETTED");
        assertThat(revision1.path("transfer").path("amount").decimalValue())
                .as("the projection read the renamed transfer")
                .isEqualByComparingTo("250000");
        assertThat(revision1.get("partners").findValuesAsText("name")).containsExactly("Tostan", "Radio Sahel");

        assertThat(view("parked-as-dead-letter").get("title").asText())
                .isEqualTo(GoldenRowsExport.POISON + " community radio network");

        JsonNode dismissed = vettingView("screening-match-dismissed", "golden-brindlemoor");
        assertThat(dismissed.get("status").asText()).isEqualTo("OPEN");
        JsonNode match = dismissed.get("screenings").get(0).get("matches").get(0);
        assertThat(match.get("entryReference").asText()).isEqualTo("ZZe.003");
        assertThat(match.get("dismissed").asBoolean()).isTrue();
        assertThat(match.get("dismissedBy").asText()).isEqualTo(VETTER);

        JsonNode reopened = vettingView("joined-left-renamed-reopened", "golden-amani");
        assertThat(reopened.get("decision").isNull()).isTrue();
        assertThat(reopened.get("earlierDecisions").findValuesAsText("decision")).containsExactly("CLEARED");
        assertThat(reopened.get("reopenings").findValuesAsText("reason")).containsExactly("ADVERSE_MEDIA");
        assertThat(reopened.get("reliedOnBy").findValuesAsText("partnershipId"))
                .contains(partnership("clearance-reused-withdrawn"));

        JsonNode amani = api.get("auditor", "/api/partners/golden-amani").json();
        assertThat(amani.get("name").asText()).isEqualTo("Amani Trust Senegal");
        assertThat(amani.get("partnerships").findValuesAsText("partnershipId")).containsExactlyInAnyOrder(
                partnership("joined-left-renamed-reopened"), partnership("clearance-reused-withdrawn"));
    }

    // ---- aggregates ---------------------------------------------------------------------------------------------

    @Test
    @Order(5)
    void every_aggregate_loads_from_the_golden_events_and_takes_the_commands_its_state_allows() {
        String tostan = partnership("demo-tostan");
        Response reviewed = api.post("officer", "/api/partnerships/" + tostan + "/reviews",
                PartnershipLifecycleContract.review("demo-tostan", "review-after-the-move", today(), "ON_TRACK",
                        "CONTINUE"));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        assertThat(reviewed.json().get("version").asLong()).as("the next after the golden events")
                .isEqualTo(goldenEventsOf(tostan).size());

        Response afterTheEnd = api.post("officer", "/api/partnerships/" + partnership("demo-safe-water") + "/reviews",
                PartnershipLifecycleContract.review("demo-sahel-beverages", "review-after-the-end", today(),
                        "ON_TRACK", "CONTINUE"));
        assertRefused(afterTheEnd, "P10");

        Response completed = api.post("officer", "/api/partnerships/" + partnership("demo-measles")
                + "/corrective-actions/measles-action-1/completion", """
                {"completedOn": "%s", "completionNote": "Re-planned after the move"}""".formatted(exportedOn));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

        Response secondCycle = api.post("officer", "/api/partnerships/" + partnership("corrected-and-renewed")
                + "/agreement", PartnershipLifecycleContract.agreement("golden-kaolack", exportedOn));
        assertThat(secondCycle.status()).as("cycle 2 of the renewed partnership: " + secondCycle).isEqualTo(200);
        JsonNode secondAgreement = api.getEventually("auditor", "/api/partnerships/"
                + partnership("corrected-and-renewed"), response -> response.json().get("status").asText()
                .equals("AGREED")).json().get("agreement");
        assertThat(secondAgreement.get("cycle").asInt()).isEqualTo(2);

        Response renamed = api.post("officer", "/api/partnerships/" + partnership("joined-left-renamed-reopened")
                + "/corrections", """
                {"fact": "PARTNER_NAME", "targetId": "golden-amani", "oldValue": "Amani Trust Senegal",
                 "newValue": "Amani Trust Sénégal", "reason": "Accents as registered"}""");
        assertThat(renamed.status()).as("the name the golden correction recorded: " + renamed).isEqualTo(200);

        String revision1 = partnership("stored-as-revision-1");
        Response revision1Agreed = api.post("officer", "/api/partnerships/" + revision1 + "/agreement", """
                {"signedOn": "%s", "objectives": ["Communities publicly abandon harmful practices"],
                 "operationalTargets": ["Run the programme in 200 villages"],
                 "contributions": [
                   {"partnerId": "golden-tostan", "inKind": "Facilitators", "role": "Implementing partner",
                    "responsibilities": "Runs the programme"},
                   {"partnerId": "golden-radio-sahel", "inKind": "Air time", "role": "Media partner",
                    "responsibilities": "Broadcasts the declarations"}],
                 "startDate": "%s", "intendedEndDate": "%s", "reviewFrequencyMonths": 6,
                 "monitoringAndEvaluation": "Quarterly reports", "indicators": ["Villages that declared"],
                 "exitStrategy": "Not continued if fewer than 50 villages take part by the mid-term review"}"""
                .formatted(exportedOn, exportedOn, exportedOn.plusYears(2)));
        assertThat(revision1Agreed.status()).as(revision1Agreed.toString()).isEqualTo(200);
        assertThat(only(revision1, AgreementConcluded.class).agencyTransfer())
                .as("the aggregate carried the revision 1 transfer, read through the upcaster, into the agreement")
                .isNotNull().satisfies(transfer -> assertThat(transfer.amount()).isEqualByComparingTo("250000"));

        String dismissed = vettingOf("screening-match-dismissed", "golden-brindlemoor");
        assertThat(vettings.assess(dismissed, VETTER, Criterion.SANCTIONS, "MET").status())
                .as("SANCTIONS is met only once the golden dismissal is loaded (V3)").isEqualTo(200);
        String reopened = vettingOf("joined-left-renamed-reopened", "golden-amani");
        assertThat(vettings.assess(reopened, VETTER, Criterion.CORE_VALUES, "MET").status())
                .as("a reopened vetting is assessed again").isEqualTo(200);
        assertThat(vettings.rateRisk(vettingOf("demo-youth", "demo-jeunes-verts"), VETTER).status()).isEqualTo(200);
        assertRefused(vettings.assess(vettingOf("demo-tostan", "demo-tostan"), VETTER, Criterion.CORE_VALUES, "MET"),
                "V8");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String partnership(String scenario) {
        String id = export.getProperty("partnership." + scenario);
        assertThat(id).as("partnership." + scenario + " in the export's properties").isNotNull();
        return id;
    }

    private String vettingOf(String scenario, String partnerId) {
        return VettingSteps.vettingIdFor(partnership(scenario), partnerId);
    }

    private List<Row> goldenEventsOf(String aggregateId) {
        return goldenEvents.stream().filter(row -> row.text("aggregate_identifier").equals(aggregateId)).toList();
    }

    /** The aggregate's events of that type, as the event store reads them now. */
    private <T> List<T> all(String aggregateId, Class<T> type) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    private <T> T only(String aggregateId, Class<T> type) {
        List<T> events = all(aggregateId, type);
        assertThat(events).as(type.getSimpleName() + " of " + aggregateId).hasSize(1);
        return events.get(0);
    }

    private static EventTrackerStatus claimedSegment(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (processor.processingStatus().isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail(processor.getName() + " claimed no segment");
            }
            sleep(50);
        }
        return processor.processingStatus().values().iterator().next();
    }

    private void rebuild(String projection) {
        Response started = api.post(ADMIN, "/api/admin/projections/" + projection + "/replay", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Response finished = api.getEventually(ADMIN, "/api/admin/projections/" + projection, response ->
                response.json().path("lastReplay").path("phase").asText().matches("FINISHED|FAILED")
                        && response.json().get("state").asText().equals("CAUGHT_UP"));
        assertThat(finished.json().path("lastReplay").path("phase").asText()).as(finished.toString())
                .isEqualTo("FINISHED");
        assertThat(finished.json().path("lastReplay").path("total").asLong()).isEqualTo(goldenHead);
    }

    private JsonNode view(String scenario) {
        Response view = api.get("auditor", "/api/partnerships/" + partnership(scenario));
        assertThat(view.status()).as(scenario + ": " + view).isEqualTo(200);
        assertThat(view.json().get("version").asLong()).as(scenario + ": the view of its last golden event")
                .isEqualTo(goldenEventsOf(partnership(scenario)).size() - 1);
        return view.json();
    }

    private JsonNode vettingView(String scenario, String partnerId) {
        Response view = api.get("auditor", "/api/vettings/" + vettingOf(scenario, partnerId));
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json();
    }

    private static JsonNode partnerOf(JsonNode partnership, String partnerId) {
        for (JsonNode partner : partnership.get("partners")) {
            if (partner.get("partnerId").asText().equals(partnerId)) {
                return partner;
            }
        }
        return fail("no partner " + partnerId + " in " + partnership);
    }

    private static void assertRefused(Response response, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

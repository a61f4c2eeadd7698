package org.partnershipledger.application.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HashChainVerifierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryChain chain = InMemoryChain.of(10, 4);

    /** Two links at a time: the verifier must carry the previous link and its findings across pages. */
    private VerificationReport verify() {
        return new HashChainVerifier(chain, CLOCK, 2).verify();
    }

    private VerificationReport verify(SuppliedCheckpoint checkpoint) {
        return new HashChainVerifier(chain, CLOCK, 2).verify(Optional.of(checkpoint));
    }

    @ParameterizedTest(name = "{0} links at a time")
    @ValueSource(ints = {1, 2, 3, 200})
    void an_untouched_chain_verifies_every_event_whatever_the_page_size(int batchSize) {
        VerificationReport report = new HashChainVerifier(chain, CLOCK, batchSize).verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.chainLength()).isEqualTo(10);
        assertThat(report.verifiedEvents()).isEqualTo(10);
        assertThat(report.firstTamperedEvent()).isNull();
        assertThat(report.firstRemovedEvent()).isNull();
        assertThat(report.latestAgreedCheckpoint().position()).isEqualTo(8);
        assertThat(report.chainFindings()).isEmpty();
        assertThat(report.verifiedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void an_altered_event_is_named_and_the_events_after_it_still_verify() {
        chain.store(InMemoryChain.event(6, "payload 6, improved"));

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.firstTamperedEvent()).isEqualTo(new ChainedEvent(6, 6, "event-6", "aggregate-0", 2));
        assertThat(report.tamperedEvents()).isEqualTo(1);
        assertThat(report.verifiedEvents()).isEqualTo(9);
        assertThat(report.latestAgreedCheckpoint().position()).as("the chain is whole up to link 4 only").isEqualTo(4);
        assertThat(report.firstDisagreeingCheckpoint()).as("the links themselves were not rewritten").isNull();
    }

    @Test
    void a_removed_event_is_reported_with_its_index_and_the_rest_verify() {
        chain.events.remove(3L);

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.EVENTS_REMOVED);
        assertThat(report.firstRemovedEvent()).isEqualTo(new ChainedEvent(3, 3, "event-3", "aggregate-0", 1));
        assertThat(report.removedEvents()).isEqualTo(1);
        assertThat(report.verifiedEvents()).isEqualTo(9);
        assertThat(report.tamperedEvents()).isZero();
        assertThat(report.latestAgreedCheckpoint()).isNull();
    }

    @Test
    void an_altered_event_outranks_a_removed_one() {
        chain.events.remove(2L);
        chain.store(InMemoryChain.event(9, "changed"));

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.firstRemovedEvent().globalIndex()).isEqualTo(2);
        assertThat(report.firstTamperedEvent().globalIndex()).isEqualTo(9);
    }

    @Test
    void an_event_stored_where_the_chain_passed_a_gap_is_tampering() {
        chain.events.remove(5L);
        chain.checkpoints.clear();
        chain.chainAll(4);
        chain.store(InMemoryChain.event(5, "inserted afterwards"));

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.chainFindings()).isEmpty();
        assertThat(report.tamperedEvents()).isZero();
        assertThat(report.unchainedEvents()).isEqualTo(1);
        assertThat(report.firstUnchainedEvent()).isEqualTo(new EventReference(5, "event-5", "aggregate-2", 1));
        assertThat(report.verifiedEvents()).isEqualTo(9);
    }

    @Test
    void events_after_the_end_of_the_chain_await_the_chainer_and_are_no_finding() {
        chain.store(InMemoryChain.event(11, "new"));
        chain.store(InMemoryChain.event(12, "newer"));

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.eventsAwaitingChain()).isEqualTo(2);
        assertThat(report.chainedThroughGlobalIndex()).isEqualTo(10);
    }

    @Test
    void links_removed_from_the_middle_of_the_chain_are_tampering() {
        chain.links.remove(5L);
        chain.links.remove(6L);

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.chainFindings()).anySatisfy(finding -> assertThat(finding).contains("5 to 6 are missing"));
        assertThat(report.verifiedEvents()).as("links 1-4 and 8-10; 7 cannot be recomputed").isEqualTo(7);
    }

    @Test
    void links_removed_from_the_end_are_caught_by_the_head_and_the_checkpoints() {
        chain.links.remove(10L);
        chain.links.remove(9L);
        chain.links.remove(8L);

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.chainFindings()).anySatisfy(finding -> assertThat(finding).contains("records 10 links"));
        assertThat(report.firstDisagreeingCheckpoint().position()).isEqualTo(8);
    }

    @Test
    void a_chain_recomputed_after_an_alteration_disagrees_with_the_checkpoints_noted_before() {
        chain.store(InMemoryChain.event(2, "rewritten history"));
        chain.chainAll(0);

        VerificationReport report = verify();

        assertThat(report.tamperedEvents()).as("every link recomputes: the chain was rewritten").isZero();
        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.firstDisagreeingCheckpoint().position()).isEqualTo(4);
        assertThat(report.latestAgreedCheckpoint()).isNull();
    }

    @Test
    void a_checkpoint_kept_outside_the_database_catches_a_rewrite_that_removed_the_checkpoints_too() {
        Checkpoint copied = chain.checkpoints.get(8L);
        chain.store(InMemoryChain.event(2, "rewritten history"));
        chain.checkpoints.clear();
        chain.chainAll(4);
        assertThat(verify().status()).as("the database alone no longer shows it").isEqualTo(VerificationStatus.VERIFIED);

        VerificationReport report = verify(new SuppliedCheckpoint(copied.position(), copied.link()));

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.suppliedCheckpoint().agrees()).isFalse();
        assertThat(report.suppliedCheckpoint().chainLink()).isNotEqualTo(copied.link());
    }

    @Test
    void a_supplied_checkpoint_of_the_untouched_chain_agrees() {
        Checkpoint copied = chain.checkpoints.get(4L);

        VerificationReport report = verify(new SuppliedCheckpoint(4, copied.link()));

        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.suppliedCheckpoint().agrees()).isTrue();
    }

    @Test
    void a_supplied_checkpoint_beyond_the_end_of_the_chain_does_not_agree() {
        VerificationReport report = verify(new SuppliedCheckpoint(11, ChainLinks.genesis()));

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.suppliedCheckpoint().agrees()).isFalse();
        assertThat(report.suppliedCheckpoint().chainLink()).isNull();
    }

    @Test
    void a_supplied_checkpoint_must_look_like_one() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuppliedCheckpoint(0, ChainLinks.genesis()));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuppliedCheckpoint(1, "abc"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SuppliedCheckpoint(1, ChainLinks.genesis().toUpperCase()));
    }

    @Test
    void an_empty_chain_verifies() {
        VerificationReport report = new HashChainVerifier(new InMemoryChain(), CLOCK).verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.chainLength()).isZero();
    }

    @Test
    void a_missing_head_is_tampering() {
        chain.head = null;

        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.verifiedEvents()).isEqualTo(10);
    }
}

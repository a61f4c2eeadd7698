package org.partnershipledger.application.audit.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A chain and its event table in memory, built link by link as the chainer would, for tests to alter at will. */
final class InMemoryChain implements HashChainStore {

    static final Instant NOTED = Instant.parse("2026-11-21T12:00:00Z");

    final TreeMap<Long, StoredEvent> events = new TreeMap<>();
    final TreeMap<Long, ChainEntry> links = new TreeMap<>();
    final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    ChainHead head = new ChainHead(0, 0, null);

    /** Stores and chains events at global indexes 1..count, with a checkpoint every {@code checkpointEvery} links. */
    static InMemoryChain of(int count, int checkpointEvery) {
        InMemoryChain chain = new InMemoryChain();
        for (long index = 1; index <= count; index++) {
            chain.store(event(index, "payload " + index));
        }
        chain.chainAll(checkpointEvery);
        return chain;
    }

    static StoredEvent event(long index, String payload) {
        return new StoredEvent(index, "event-" + index, "aggregate-" + (index % 3), index / 3, "Partnership",
                "2026-11-21T10:00:0" + (index % 10) + "Z", "org.example.Happened", "1", ChainLinksTest.utf8(payload),
                ChainLinksTest.utf8("{\"userId\":\"officer\"}"));
    }

    void store(StoredEvent event) {
        events.put(event.globalIndex(), event);
    }

    /** Chains every stored event afresh, as someone covering their tracks would. */
    void chainAll(int checkpointEvery) {
        links.clear();
        String previous = ChainLinks.genesis();
        long position = 0;
        for (StoredEvent event : events.values()) {
            position++;
            previous = ChainLinks.link(previous, event);
            links.put(position, new ChainEntry(new ChainedEvent(position, event.globalIndex(), event.eventIdentifier(),
                    event.aggregateIdentifier(), event.sequenceNumber()), previous, null, null));
            if (checkpointEvery > 0 && position % checkpointEvery == 0) {
                checkpoints.putIfAbsent(position, new Checkpoint(position, event.globalIndex(), previous, NOTED));
            }
        }
        head = new ChainHead(position, events.isEmpty() ? 0 : events.lastKey(), position == 0 ? null : previous);
    }

    @Override
    public Optional<ChainHead> head() {
        return Optional.ofNullable(head);
    }

    @Override
    public List<ChainEntry> entries(long fromPosition, long toPosition, int limit) {
        List<ChainEntry> page = new ArrayList<>();
        for (Map.Entry<Long, ChainEntry> link : links.subMap(fromPosition, true, toPosition, true).entrySet()) {
            if (page.size() == limit) {
                break;
            }
            ChainEntry entry = link.getValue();
            page.add(new ChainEntry(entry.chained(), entry.link(), events.get(entry.chained().globalIndex()),
                    checkpoints.get(link.getKey())));
        }
        return page;
    }

    @Override
    public Optional<Checkpoint> firstCheckpointWithoutLink() {
        return checkpoints.values().stream().filter(checkpoint -> !links.containsKey(checkpoint.position())).findFirst();
    }

    @Override
    public long eventsAfter(long globalIndex) {
        return events.tailMap(globalIndex, false).size();
    }

    @Override
    public long unchainedEventsUpTo(long globalIndex) {
        return unchainedUpTo(globalIndex).count();
    }

    @Override
    public Optional<EventReference> firstUnchainedEventUpTo(long globalIndex) {
        return unchainedUpTo(globalIndex).findFirst().map(event -> new EventReference(event.globalIndex(),
                event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber()));
    }

    private java.util.stream.Stream<StoredEvent> unchainedUpTo(long globalIndex) {
        return events.headMap(globalIndex, true).values().stream().filter(event -> links.values().stream()
                .noneMatch(link -> link.chained().globalIndex() == event.globalIndex()));
    }

    @Override
    public long recordedGapIndexes() {
        return 0;
    }

    @Override
    public CheckpointPage checkpoints(int page, int size) {
        return new CheckpointPage(List.copyOf(checkpoints.descendingMap().values()), 0, size, checkpoints.size(), 1);
    }
}

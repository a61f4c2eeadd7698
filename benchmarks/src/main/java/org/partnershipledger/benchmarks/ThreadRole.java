package org.partnershipledger.benchmarks;

import java.util.List;

/**
 * What a thread of the service works for, told by its name as Linux keeps it ({@code /proc/<pid>/task/<tid>/comm}: the
 * first 15 characters). Processors are the pooled streaming processors' coordinators and work packages, tracking
 * processors' threads (whose {@code EventProcessor[} prefix is all that fits) and the event store's threads that feed
 * them: the embedded event store's producer and cleaner, and the pulse that wakes caught-up processors
 * (PromptEventStreams); and the threads of set-based rebuilds, which do a processor's work in a replay (ADR 027). Requests are Tomcat's. JVM is garbage collection, the JIT compilers and the VM's own threads;
 * other is the rest of the service (connection pool, schedulers, the hash chainer, heartbeats).
 */
enum ThreadRole {
    PROCESSORS("WorkPackage[", "Coordinator[", "EventProcessor[", "EmbeddedEventSt", "event-availabil",
            "read-model-rebu"),
    REQUESTS("http-nio-"),
    JVM("GC Thread", "G1 ", "C1 CompilerThre", "C2 CompilerThre", "VM Thread", "VM Periodic Tas", "Sweeper thread",
            "Service Thread", "Monitor Deflati", "Reference Handl", "Finalizer", "Signal Dispatch", "Common-Cleaner",
            "Notification Th"),
    OTHER;

    private final List<String> namePrefixes;

    ThreadRole(String... namePrefixes) {
        this.namePrefixes = List.of(namePrefixes);
    }

    static ThreadRole of(String threadName) {
        for (ThreadRole role : values()) {
            if (role.namePrefixes.stream().anyMatch(threadName::startsWith)) {
                return role;
            }
        }
        return OTHER;
    }
}

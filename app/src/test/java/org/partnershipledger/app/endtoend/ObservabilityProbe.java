package org.partnershipledger.app.endtoend;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.partnershipledger.app.observability.CorrelationIdLogging;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Test-only handlers for the observability tests: an event handler in a processor of its own that fails while told to
 * (a stuck processor, without touching the real ones), and that otherwise logs each proposal and sends a command whose
 * handler logs too, so that a test can read which ids those lines carry.
 */
@TestConfiguration(proxyBeanMethods = false)
class ObservabilityProbe {

    static final String PROCESSOR = "observability-probe";
    static final Logger EVENT_LOG = LoggerFactory.getLogger(ObservabilityProbe.class.getName() + ".event");
    static final Logger COMMAND_LOG = LoggerFactory.getLogger(ObservabilityProbe.class.getName() + ".command");

    /** While set, the probe's event handler throws, and its processor retries the same event. */
    static final AtomicBoolean FAILING = new AtomicBoolean();

    record NoteProposal(String partnershipId) {
    }

    @Bean
    ProposalProbe proposalProbe(CommandGateway commands) {
        return new ProposalProbe(commands);
    }

    @Bean
    NoteProposalHandler noteProposalHandler() {
        return new NoteProposalHandler();
    }

    /** Failures are retried, as the vetting process's are, rather than logged and skipped (Axon's default). */
    @Bean
    ConfigurerModule probeRetriesFailures() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PROCESSOR, configuration -> PropagatingErrorHandler.instance());
    }

    @ProcessingGroup(PROCESSOR)
    static class ProposalProbe {

        private final CommandGateway commands;

        ProposalProbe(CommandGateway commands) {
            this.commands = commands;
        }

        @EventHandler
        void on(PartnershipProposed event) {
            if (FAILING.get()) {
                throw new IllegalStateException("the probe is told to fail");
            }
            EVENT_LOG.info("probe saw the proposal of {}", event.partnershipId().value());
            // The command bus here is local and handles the command on this thread: without these ids in the logging
            // context, only the command's own metadata can bring them back, as on a node that receives it.
            MDC.remove(CorrelationIdLogging.REQUEST_ID);
            MDC.remove(CorrelationIdLogging.CORRELATION_ID);
            commands.sendAndWait(new NoteProposal(event.partnershipId().value()));
        }
    }

    static class NoteProposalHandler {

        @CommandHandler
        void handle(NoteProposal command) {
            COMMAND_LOG.info("probe noted the proposal of {}", command.partnershipId());
        }
    }
}

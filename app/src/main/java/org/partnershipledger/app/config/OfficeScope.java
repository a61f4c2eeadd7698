package org.partnershipledger.app.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.partnershipledger.application.identity.ActingOffice;
import org.partnershipledger.application.identity.OutsideOfficeException;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.OfficeScoped;

import javax.annotation.Nonnull;

/**
 * Object-level authorization for commands sent by people: staff of a country or regional office act only on records
 * their office leads; headquarters acts on all. Checked inside the aggregate, on its own state, so that it holds from
 * the first command after a proposal, when no read model may show the record yet.
 */
public class OfficeScope implements HandlerEnhancerDefinition {

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                if (target instanceof OfficeScoped scoped) {
                    requireOwnOffice(message, scoped);
                }
                return super.handle(message, target);
            }
        };
    }

    private static void requireOwnOffice(Message<?> command, OfficeScoped record) {
        Object acting = command.getMetaData().get(ActingOffice.METADATA_KEY);
        if (acting == null || record.leadOffice() == null) {
            return;
        }
        OfficeCode office = new OfficeCode(acting.toString());
        if (OfficeLevel.of(office) != OfficeLevel.HQ && !office.equals(record.leadOffice())) {
            throw new OutsideOfficeException(office.value(), record.leadOffice().value());
        }
    }
}

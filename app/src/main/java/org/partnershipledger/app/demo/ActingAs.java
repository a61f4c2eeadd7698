package org.partnershipledger.app.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.partnershipledger.application.identity.AuditMetadata;
import org.partnershipledger.application.identity.Role;

import java.util.Map;

/** Sends commands on behalf of one named member of staff, stamped as the HTTP adapter would stamp them. */
record ActingAs(CommandGateway commands, String userId, String office, Role role) {

    Object send(Object command) {
        MetaData actor = MetaData.from(Map.of(
                AuditMetadata.USER_ID, userId,
                AuditMetadata.OFFICE, office,
                AuditMetadata.ROLES, role.name(),
                AuditMetadata.REQUEST_ID, "demo-seed"));
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor));
    }
}

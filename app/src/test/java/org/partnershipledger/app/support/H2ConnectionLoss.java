package org.partnershipledger.app.support;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;

/**
 * Tells the connection pool that an H2 connection over TCP whose link broke is dead. H2 reports it with its own codes
 * (90067 "connection is broken", then 90121 "database is already closed") rather than the SQL state class 08 that
 * PostgreSQL uses and the pool recognises, so without this the pool keeps lending the dead connections after the
 * database is back. Only tests reach H2 over the network; the service embeds it.
 */
public final class H2ConnectionLoss implements SQLExceptionOverride {

    private static final int CONNECTION_BROKEN = 90067;
    private static final int DATABASE_CLOSED = 90121;

    // The interface's nested enum is called Override too, hence the qualified annotation.
    @java.lang.Override
    public Override adjudicate(SQLException e) {
        int code = e.getErrorCode();
        return code == CONNECTION_BROKEN || code == DATABASE_CLOSED ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}

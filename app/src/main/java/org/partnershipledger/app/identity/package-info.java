/** Where users come from: the demo users of the default profile, and the guard that refuses to start without any. */
package org.partnershipledger.app.identity;

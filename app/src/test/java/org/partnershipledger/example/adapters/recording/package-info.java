/**
 * A third notification adapter, in test sources only: the worked example of {@code docs/adapters.md}.
 */
package org.partnershipledger.example.adapters.recording;

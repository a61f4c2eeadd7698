package org.partnershipledger.application.vetting;

import org.partnershipledger.domain.vetting.VettingId;

/**
 * Whether a vetting has already been opened, as the event store knows it. {@link PartnerVettingPolicy} asks before
 * opening a vetting under its deterministic id, so that a redelivered event finds the vetting it opened the first time
 * instead of opening it again.
 *
 * <p>Not a read model: a read model may lag behind, and the policy must see a vetting opened a moment ago, including
 * one opened earlier in the same unit of work. The composition root answers from the event store.
 */
@FunctionalInterface
public interface OpenedVettings {

    boolean contains(VettingId vettingId);
}

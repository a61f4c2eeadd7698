package org.partnershipledger.application.vetting;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.queries.FindReusableClearance;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.application.vetting.views.VettingView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read models a policy asks, as a real query bus behind a real gateway with handlers answering from maps, so that
 * the policy's queries go through the same message routing and response-type matching as in the application.
 */
final class StubQueries {

    private final SimpleQueryBus bus = SimpleQueryBus.builder().build();
    private final Map<String, PartnershipView> partnerships = new HashMap<>();
    private final Map<String, ReusableClearance> clearances = new HashMap<>();
    private final Map<String, VettingView> vettings = new HashMap<>();
    private final List<FindReusableClearance> clearanceQuestions = new ArrayList<>();

    StubQueries() {
        bus.subscribe(FindPartnership.class.getName(), PartnershipView.class,
                query -> partnerships.get(((FindPartnership) query.getPayload()).partnershipId()));
        bus.subscribe(FindReusableClearance.class.getName(), ReusableClearance.class, query -> {
            FindReusableClearance question = (FindReusableClearance) query.getPayload();
            clearanceQuestions.add(question);
            return clearances.get(question.partnerId());
        });
        bus.subscribe(FindVetting.class.getName(), VettingView.class,
                query -> vettings.get(((FindVetting) query.getPayload()).vettingId()));
    }

    QueryGateway gateway() {
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }

    void partnership(PartnershipView view) {
        partnerships.put(view.partnershipId(), view);
    }

    void vetting(VettingView view) {
        vettings.put(view.vettingId(), view);
    }

    void clearance(ReusableClearance clearance) {
        clearances.put(clearance.partnerId(), clearance);
    }

    List<FindReusableClearance> clearanceQuestions() {
        return List.copyOf(clearanceQuestions);
    }
}

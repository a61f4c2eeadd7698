package org.partnershipledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.application.vetting.PartnerVettingPolicy;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Criterion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The due diligence a partner goes through over HTTP, as vetting officers and approvers do it: find the vetting the
 * process opened, assess every criterion of its tier, rate the risk, decide. Each step asserts that the API took it.
 */
public final class VettingSteps {

    /** The demo vetting officer, who prepares vettings and so may decide none of them (V6). */
    public static final String VETTER = "vetter";

    private static final String CLEAN_RISK = """
            {"reputational": {"likelihood": 1, "impact": 3}, "fiduciary": {"likelihood": 2, "impact": 2},
             "performance": {"likelihood": 1, "impact": 2}}""";
    /** Reputational 3 x 4 = 12: HIGH (V4), which is cleared only with conditions. */
    public static final String HIGH_RISK = """
            {"reputational": {"likelihood": 3, "impact": 4}, "fiduciary": {"likelihood": 2, "impact": 3},
             "performance": {"likelihood": 2, "impact": 2}}""";

    private final ApiClient api;
    private final Predicate<String> vettingExists;

    /**
     * @param vettingExists whether a vetting of that id is in the event store; asked only while the vetting queue is
     *                      not served
     */
    public VettingSteps(ApiClient api, Predicate<String> vettingExists) {
        this.api = api;
        this.vettingExists = vettingExists;
    }

    /** The demo approver whose office has the authority the tier needs (V5). */
    public static String approverFor(VettingTier tier) {
        return switch (tier) {
            case LIGHT -> "approver-country";
            case STANDARD -> "approver-regional";
            case ENHANCED -> "committee";
        };
    }

    /** The id under which the vetting process opens the vetting of a partner of a partnership. */
    public static String vettingIdFor(String partnershipId, String partnerId) {
        return PartnerVettingPolicy.vettingIdFor(new PartnershipId(partnershipId), new PartnerId(partnerId)).value();
    }

    /**
     * The vetting the process opened for the partner, once the vetting queue shows it screened. The process opens and
     * screens in one step, so a vetting that exists has its screening.
     */
    public String openedVetting(String partnershipId, String partnerId) {
        String expected = vettingIdFor(partnershipId, partnerId);
        Response queue = api.getEventually(VETTER, "/api/vettings?partnershipId=" + encode(partnershipId)
                        + "&partnerId=" + encode(partnerId),
                response -> response.status() != 200 || screened(response, expected));
        if (queue.status() == 200) {
            assertThat(queue.json().get("items").findValuesAsText("vettingId")).as(queue.toString())
                    .containsExactly(expected);
            return expected;
        }
        // Where the queue is not served (404 or 405), the id follows from the process's rule, and the event store
        // says when the vetting is there.
        Instant deadline = Instant.now().plusSeconds(10);
        while (!vettingExists.test(expected) && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertThat(vettingExists.test(expected)).as("vetting " + expected + " opened by the process").isTrue();
        return expected;
    }

    /** Assesses every criterion of the tier MET with evidence, as {@code assessor}. */
    public void assessAll(String vettingId, VettingTier tier, String assessor) {
        for (Criterion criterion : Criterion.requiredFor(tier)) {
            assertThat(assess(vettingId, assessor, criterion, "MET").status()).isEqualTo(200);
        }
    }

    /** Every criterion of the tier but the given one, MET, as {@code assessor}. */
    public void assessAllBut(String vettingId, VettingTier tier, Criterion skipped, String assessor) {
        for (Criterion criterion : Criterion.requiredFor(tier)) {
            if (criterion != skipped) {
                assertThat(assess(vettingId, assessor, criterion, "MET").status()).isEqualTo(200);
            }
        }
    }

    public Response assess(String vettingId, String assessor, Criterion criterion, String result) {
        return assess(vettingId, assessor, criterion, result,
                "Desk review of public sources and the partner's own documents on " + criterion);
    }

    public Response assess(String vettingId, String assessor, Criterion criterion, String result, String evidence) {
        return postEventually(assessor, "/api/vettings/" + vettingId + "/assessments", """
                {"criterion": "%s", "result": "%s", "evidence": "%s"}""".formatted(criterion, result, evidence));
    }

    /** LOW on every count. */
    public Response rateRisk(String vettingId, String rater) {
        return rateRisk(vettingId, rater, CLEAN_RISK);
    }

    public Response rateRisk(String vettingId, String rater, String scores) {
        return postEventually(rater, "/api/vettings/" + vettingId + "/risk-rating", scores);
    }

    public Response decide(String vettingId, String approver, String body) {
        return post(approver, "/api/vettings/" + vettingId + "/decision", body);
    }

    /**
     * The whole vetting of a partner, cleared: the process's vetting is assessed and rated by the vetting officer and
     * cleared by the approver with the tier's authority; then the process records it on the partnership.
     *
     * @return the vetting's id
     */
    public String clear(String partnershipId, String partnerId, VettingTier tier) {
        String vettingId = openedVetting(partnershipId, partnerId);
        assessAll(vettingId, tier, VETTER);
        assertThat(rateRisk(vettingId, VETTER).status()).isEqualTo(200);
        Response decided = decide(vettingId, approverFor(tier), """
                {"decision": "CLEARED", "reasons": ["Every criterion met; low risk on every count"]}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        partnerVetting(partnershipId, partnerId,
                vetting -> vetting.get("vettingId").asText().equals(vettingId)
                        && vetting.get("outcome").asText().equals("CLEARED"));
        return vettingId;
    }

    /** The partner's vetting outcome on the partnership's view, once it satisfies the expectation. */
    public JsonNode partnerVetting(String partnershipId, String partnerId, Predicate<JsonNode> expectation) {
        Response view = api.getEventually(VETTER, "/api/partnerships/" + partnershipId, response -> {
            if (response.status() != 200) {
                return false;
            }
            JsonNode vetting = vettingOf(response.json(), partnerId);
            return vetting != null && !vetting.isNull() && expectation.test(vetting);
        });
        JsonNode vetting = view.status() == 200 ? vettingOf(view.json(), partnerId) : null;
        assertThat(vetting != null && !vetting.isNull() && expectation.test(vetting))
                .as("the vetting of partner " + partnerId + " on " + view).isTrue();
        return vetting;
    }

    private static JsonNode vettingOf(JsonNode partnership, String partnerId) {
        for (JsonNode partner : partnership.get("partners")) {
            if (partner.get("partnerId").asText().equals(partnerId)) {
                return partner.get("vetting");
            }
        }
        return null;
    }

    private static boolean screened(Response queue, String vettingId) {
        for (JsonNode item : queue.json().get("items")) {
            if (item.get("vettingId").asText().equals(vettingId) && item.get("screened").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private Response post(String user, String path, String body) {
        Response response = api.post(user, path, body);
        assertThat(response.status()).as(path + " as " + user + ": " + response).isLessThan(500);
        return response;
    }

    /** Posts again while the vetting is not there yet (404), for at most ten seconds. */
    private Response postEventually(String user, String path, String body) {
        Instant deadline = Instant.now().plusSeconds(10);
        Response response = post(user, path, body);
        while (response.status() == 404 && Instant.now().isBefore(deadline)) {
            sleep();
            response = post(user, path, body);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

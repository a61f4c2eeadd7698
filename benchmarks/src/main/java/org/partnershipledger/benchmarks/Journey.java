package org.partnershipledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One partnership's life as the benchmark's realistic mix: an officer proposes it with one partner and adds a second;
 * the vetting process opens a light vetting for each; a vetting officer assesses and rates both and an approver clears
 * them; the officer concludes the agreement and records a review; reads of the partnership and the portfolio between.
 * Every step must succeed; one that does not is counted as a failure and ends the journey.
 */
final class Journey {

    static final String PROPOSE = "propose partnership";
    static final String ADD_PARTNER = "add partner";
    static final String ASSESS = "assess criterion";
    static final String RATE_RISK = "rate risk";
    static final String DECIDE = "decide vetting";
    static final String CONCLUDE_AGREEMENT = "conclude agreement";
    static final String RECORD_REVIEW = "record review";
    static final String READ_DETAIL = "read partnership";
    static final String LIST_PORTFOLIO = "list portfolio";
    static final String VETTING_OPENED = "(process) vetting opened";
    static final String VETTED = "(process) partnership vetted";

    static final Set<String> COMMANDS = Set.of(PROPOSE, ADD_PARTNER, ASSESS, RATE_RISK, DECIDE, CONCLUDE_AGREEMENT,
            RECORD_REVIEW);
    static final Set<String> READS = Set.of(READ_DETAIL, LIST_PORTFOLIO);

    private static final List<String> LIGHT_CRITERIA = List.of("SANCTIONS", "HUMAN_RIGHTS", "CORE_VALUES");

    private final Api api;
    private final VirtualUser user;
    private final Operations operations;
    private final ProjectionLag lag;
    private final long deadline;

    Journey(Api api, VirtualUser user, Operations operations, ProjectionLag lag, long deadline) {
        this.api = api;
        this.user = user;
        this.operations = operations;
        this.lag = lag;
        this.deadline = deadline;
    }

    /** Runs the journey until it ends or the phase's deadline passes; false when a step failed. */
    boolean run() {
        String firstPartner = "bp-" + UUID.randomUUID();
        String secondPartner = "bp-" + UUID.randomUUID();
        Api.Reply proposed = command(PROPOSE, "/api/partnerships", proposal(firstPartner));
        if (proposed == null) {
            return false;
        }
        String partnership = proposed.json().get("id").asText();
        if (!read(READ_DETAIL, "/api/partnerships/" + partnership)
                || command(ADD_PARTNER, "/api/partnerships/" + partnership + "/partners", partner(secondPartner)) == null) {
            return false;
        }
        for (String partner : List.of(firstPartner, secondPartner)) {
            if (!clear(partnership, partner)) {
                return false;
            }
        }
        if (!await(VETTED, "/api/partnerships/" + partnership,
                view -> view.get("status").asText().equals("VETTED"))) {
            return false;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return command(CONCLUDE_AGREEMENT, "/api/partnerships/" + partnership + "/agreement",
                agreement(firstPartner, secondPartner, today.minusDays(60))) != null
                && read(LIST_PORTFOLIO, "/api/partnerships?leadOffice=" + VirtualUser.OFFICE + "&size=20")
                && command(RECORD_REVIEW, "/api/partnerships/" + partnership + "/reviews",
                review(firstPartner, secondPartner, today.minusDays(5))) != null
                && read(READ_DETAIL, "/api/partnerships/" + partnership);
    }

    private boolean clear(String partnership, String partner) {
        String[] vettingId = new String[1];
        boolean opened = await(VETTING_OPENED, "/api/vettings?partnershipId=" + partnership + "&partnerId=" + partner,
                queue -> {
                    JsonNode items = queue.get("items");
                    if (items.isEmpty()) {
                        return false;
                    }
                    vettingId[0] = items.get(0).get("vettingId").asText();
                    return true;
                });
        if (!opened) {
            return false;
        }
        String vetting = "/api/vettings/" + vettingId[0];
        for (String criterion : LIGHT_CRITERIA) {
            if (vettingCommand(ASSESS, user.vetter(), vetting + "/assessments", """
                    {"criterion": "%s", "result": "MET", "evidence": "Desk review of public sources and the partner's own documents"}"""
                    .formatted(criterion)) == null) {
                return false;
            }
        }
        return vettingCommand(RATE_RISK, user.vetter(), vetting + "/risk-rating", """
                {"reputational": {"likelihood": 1, "impact": 3}, "fiduciary": {"likelihood": 2, "impact": 2},
                 "performance": {"likelihood": 1, "impact": 2}}""") != null
                && vettingCommand(DECIDE, user.approver(), vetting + "/decision", """
                {"decision": "CLEARED", "reasons": ["Every criterion met; low risk on every count"]}""") != null;
    }

    /** A partnership command; its answer's version is handed to the lag probe. */
    private Api.Reply command(String operation, String path, String body) {
        if (pastDeadline()) {
            return null;
        }
        Api.Reply reply = api.post(operation, user.officer(), path, body);
        if (!reply.succeeded()) {
            operations.failure(operation, reply.toString());
            return null;
        }
        JsonNode answer = reply.json();
        String partnership = answer.has("id") ? answer.get("id").asText() : path.split("/")[3];
        lag.expect(partnership, answer.get("version").asLong(), reply.receivedAt());
        return reply;
    }

    private Api.Reply vettingCommand(String operation, String token, String path, String body) {
        if (pastDeadline()) {
            return null;
        }
        Api.Reply reply = api.post(operation, token, path, body);
        if (!reply.succeeded()) {
            operations.failure(operation, reply.toString());
            return null;
        }
        return reply;
    }

    /**
     * A read, repeated while it answers 404: a client that has just created a partnership reads it once the read
     * model has it (the wait is the projection lag, measured on its own); only the successful read is timed.
     */
    private boolean read(String operation, String path) {
        while (!pastDeadline()) {
            Api.Reply reply = api.get(operation, user.officer(), path);
            if (reply.succeeded()) {
                return true;
            }
            if (reply.status() != 404) {
                operations.failure(operation, reply.toString());
                return false;
            }
            Pause.millis(5);
        }
        return false;
    }

    /**
     * Polls until the vetting process has done its part, as a client waiting for it would, and records how long that
     * took: the process's own latency, from commands through the event store and a processor to new commands.
     */
    private boolean await(String operation, String path, Predicate<JsonNode> done) {
        long start = System.nanoTime();
        BooleanSupplier reached = () -> {
            Api.Reply reply = api.get(null, user.officer(), path);
            return reply.succeeded() && done.test(reply.json());
        };
        while (!pastDeadline()) {
            if (reached.getAsBoolean()) {
                operations.record(operation, System.nanoTime() - start);
                return true;
            }
            Pause.millis(5);
        }
        return false;
    }

    private boolean pastDeadline() {
        return System.nanoTime() > deadline;
    }

    private static String proposal(String partnerId) {
        return """
                {"title": "Community health workers in rural districts", "purpose": "Train and equip community health workers",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 8000, "currency": "USD"},
                 "partners": [{"partnerId": "%s", "name": "Benchmark partner %s", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}]}
                """.formatted(partnerId, partnerId.substring(3, 11));
    }

    private static String partner(String partnerId) {
        return """
                {"partnerId": "%s", "name": "Benchmark partner %s", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}
                """.formatted(partnerId, partnerId.substring(3, 11));
    }

    private static String agreement(String first, String second, LocalDate signedOn) {
        return """
                {"signedOn": "%s", "objectives": ["Every rural district has trained community health workers"],
                 "operationalTargets": ["Train 400 community health workers"],
                 "contributions": [
                   {"partnerId": "%s", "inKind": "Trainers", "role": "Implementing partner", "responsibilities": "Runs the training"},
                   {"partnerId": "%s", "inKind": "Venues", "role": "Implementing partner", "responsibilities": "Hosts the sessions"}],
                 "startDate": "%s", "intendedEndDate": "%s", "reviewFrequencyMonths": 6,
                 "monitoringAndEvaluation": "Quarterly progress reports and a joint mid-term review",
                 "indicators": ["Number of trained community health workers"],
                 "exitStrategy": "Districts take over the training after two years"}
                """.formatted(signedOn, first, second, signedOn.plusDays(10), signedOn.plusYears(2));
    }

    private static String review(String first, String second, LocalDate on) {
        return """
                {"reviewId": "review-1", "reviewDate": "%s", "progress": "ON_TRACK",
                 "functioning": {"decisionMakingAndGovernance": {"rating": "WORKS_WELL"}, "roles": {"rating": "WORKS_WELL"},
                   "communications": {"rating": "WORKS_WELL"}, "workingRelations": {"rating": "WORKS_WELL"},
                   "financialOperations": {"note": "Disbursements on time"}},
                 "worthItsCosts": true, "worthItsCostsNote": "Reach the agency could not get alone",
                 "participants": ["%s", "%s"], "commitments": [{"partnerId": "%s", "kept": true}, {"partnerId": "%s", "kept": true}],
                 "recommendation": "CONTINUE", "summary": "Joint review with every partner"}
                """.formatted(on, first, second, first, second);
    }
}

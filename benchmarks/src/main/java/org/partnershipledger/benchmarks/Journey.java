package org.partnershipledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One partnership's life as the benchmark's realistic mix: an officer proposes it with one partner and adds a second;
 * the vetting process opens a light vetting for each; a vetting officer assesses and rates both and an approver clears
 * them; the officer concludes the agreement and records a review; reads of the partnership and the portfolio between.
 *
 * <p>A journey is a list of steps, each at most one request. A step that finds the service not ready yet (the read
 * model or the vetting process has not caught up) answers {@link Outcome#NOT_READY} and is tried again later, so that
 * a virtual user can work on its other journeys meanwhile instead of idling: the number of virtual users is then the
 * number of requests in flight, as the concurrency of the raw commit rate is the number of commits in flight.
 * A step that fails ends the journey and is counted.
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

    /** Reads that found the service not ready yet: counted, so that the load they add is in the report. */
    static final String WAIT_POLLS = "(reads that found it not ready yet)";
    private static final long RETRY_AFTER_NANOS = 20_000_000;

    static final Set<String> COMMANDS = Set.of(PROPOSE, ADD_PARTNER, ASSESS, RATE_RISK, DECIDE, CONCLUDE_AGREEMENT,
            RECORD_REVIEW);
    static final Set<String> READS = Set.of(READ_DETAIL, LIST_PORTFOLIO);

    private static final List<String> LIGHT_CRITERIA = List.of("SANCTIONS", "HUMAN_RIGHTS", "CORE_VALUES");

    enum Outcome { DONE, NOT_READY, FAILED }

    private final Api api;
    private final VirtualUser user;
    private final Operations operations;
    private final ProjectionLag lag;
    private final List<Supplier<Outcome>> steps = new ArrayList<>();
    private final String firstPartner = "bp-" + UUID.randomUUID();
    private final String secondPartner = "bp-" + UUID.randomUUID();
    private final Map<String, String> vettings = new HashMap<>();
    private String partnership;
    private int next;
    private long waitingSince;
    private long notBefore;

    Journey(Api api, VirtualUser user, Operations operations, ProjectionLag lag) {
        this.api = api;
        this.user = user;
        this.operations = operations;
        this.lag = lag;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        steps.add(() -> {
            Api.Reply proposed = command(PROPOSE, "/api/partnerships", proposal(firstPartner));
            if (proposed == null) {
                return Outcome.FAILED;
            }
            partnership = proposed.json().get("id").asText();
            return Outcome.DONE;
        });
        steps.add(() -> read(READ_DETAIL, partnershipPath("")));
        steps.add(() -> done(command(ADD_PARTNER, partnershipPath("/partners"), partner(secondPartner))));
        for (String partner : List.of(firstPartner, secondPartner)) {
            steps.add(() -> vettingOpened(partner));
            for (String criterion : LIGHT_CRITERIA) {
                steps.add(() -> done(vettingCommand(ASSESS, user.vetter(), vettingPath(partner, "/assessments"), """
                        {"criterion": "%s", "result": "MET", "evidence": "Desk review of public sources and the partner's own documents"}"""
                        .formatted(criterion))));
            }
            steps.add(() -> done(vettingCommand(RATE_RISK, user.vetter(), vettingPath(partner, "/risk-rating"), """
                    {"reputational": {"likelihood": 1, "impact": 3}, "fiduciary": {"likelihood": 2, "impact": 2},
                     "performance": {"likelihood": 1, "impact": 2}}""")));
            steps.add(() -> done(vettingCommand(DECIDE, user.approver(), vettingPath(partner, "/decision"), """
                    {"decision": "CLEARED", "reasons": ["Every criterion met; low risk on every count"]}""")));
        }
        steps.add(() -> awaited(VETTED, partnershipPath(""), view -> view.get("status").asText().equals("VETTED")));
        steps.add(() -> done(command(CONCLUDE_AGREEMENT, partnershipPath("/agreement"),
                agreement(firstPartner, secondPartner, today.minusDays(60)))));
        steps.add(() -> read(LIST_PORTFOLIO, "/api/partnerships?leadOffice=" + VirtualUser.OFFICE + "&size=20"));
        steps.add(() -> done(command(RECORD_REVIEW, partnershipPath("/reviews"),
                review(firstPartner, secondPartner, today.minusDays(5)))));
        steps.add(() -> read(READ_DETAIL, partnershipPath("")));
    }

    /**
     * Tries the next step: DONE when it was taken, NOT_READY when it should be tried again later (it is then not tried
     * before {@link #RETRY_AFTER_NANOS}, as a client would not ask again at once), or FAILED.
     */
    Outcome step() {
        if (System.nanoTime() < notBefore) {
            return Outcome.NOT_READY;
        }
        Outcome outcome = steps.get(next).get();
        if (outcome == Outcome.DONE) {
            next++;
            waitingSince = 0;
        } else if (outcome == Outcome.NOT_READY) {
            operations.record(WAIT_POLLS, 0);
            notBefore = System.nanoTime() + RETRY_AFTER_NANOS;
        }
        return outcome;
    }

    boolean finished() {
        return next == steps.size();
    }

    private String partnershipPath(String task) {
        return "/api/partnerships/" + partnership + task;
    }

    private String vettingPath(String partner, String task) {
        return "/api/vettings/" + vettings.get(partner) + task;
    }

    private Outcome vettingOpened(String partner) {
        return awaited(VETTING_OPENED, "/api/vettings?partnershipId=" + partnership + "&partnerId=" + partner,
                queue -> {
                    JsonNode items = queue.get("items");
                    if (items.isEmpty()) {
                        return false;
                    }
                    vettings.put(partner, items.get(0).get("vettingId").asText());
                    return true;
                });
    }

    private static Outcome done(Api.Reply reply) {
        return reply == null ? Outcome.FAILED : Outcome.DONE;
    }

    /** A partnership command; its answer's version is handed to the lag probe. */
    private Api.Reply command(String operation, String path, String body) {
        Api.Reply reply = api.post(operation, user.officer(), path, body);
        if (!reply.succeeded()) {
            operations.failure(operation, reply.toString());
            return null;
        }
        JsonNode answer = reply.json();
        String id = answer.has("id") ? answer.get("id").asText() : path.split("/")[3];
        lag.expect(id, answer.get("version").asLong(), reply.receivedAt());
        return reply;
    }

    private Api.Reply vettingCommand(String operation, String token, String path, String body) {
        Api.Reply reply = api.post(operation, token, path, body);
        if (!reply.succeeded()) {
            operations.failure(operation, reply.toString());
            return null;
        }
        return reply;
    }

    /**
     * A read; a 404 means the read model has not caught up with a partnership just created (the wait is the projection
     * lag, measured on its own), so it is tried again later. Only successful reads are timed.
     */
    private Outcome read(String operation, String path) {
        Api.Reply reply = api.get(operation, user.officer(), path);
        if (reply.succeeded()) {
            return Outcome.DONE;
        }
        if (reply.status() == 404) {
            return Outcome.NOT_READY;
        }
        operations.failure(operation, reply.toString());
        return Outcome.FAILED;
    }

    /**
     * Whether the vetting process has done its part, as a client waiting for it would see it; when it has, how long
     * that took from the first look is recorded: the process's own latency, from commands through the event store and
     * a processor to new commands.
     */
    private Outcome awaited(String operation, String path, Predicate<JsonNode> done) {
        long now = System.nanoTime();
        if (waitingSince == 0) {
            waitingSince = now;
        }
        Api.Reply reply = api.get(null, user.officer(), path);
        if (reply.succeeded() && done.test(reply.json())) {
            operations.record(operation, System.nanoTime() - waitingSince);
            return Outcome.DONE;
        }
        if (!reply.succeeded() && reply.status() != 404) {
            operations.failure(operation, reply.toString());
            return Outcome.FAILED;
        }
        return Outcome.NOT_READY;
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

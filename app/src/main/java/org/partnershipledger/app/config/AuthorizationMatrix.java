package org.partnershipledger.app.config;

import org.partnershipledger.application.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.util.AntPathMatcher;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.partnershipledger.application.identity.Role.ADMIN;
import static org.partnershipledger.application.identity.Role.APPROVER;
import static org.partnershipledger.application.identity.Role.AUDITOR;
import static org.partnershipledger.application.identity.Role.DUE_DILIGENCE_COMMITTEE;
import static org.partnershipledger.application.identity.Role.PARTNERSHIP_OFFICER;
import static org.partnershipledger.application.identity.Role.VETTING_OFFICER;

/**
 * Who may call what, in one place: security enforces it, the OpenAPI document states it per operation, and a test
 * requires every endpoint the application serves to have a rule here. Partnership officers propose, agree, review,
 * correct and close; vetting officers screen and assess; approvers decide within the authority of their office and
 * the tier (checked by the Vetting aggregate, V5); auditors read everything and change nothing; administrators run
 * operations and nothing else. Which office's partnerships a user may act on is checked inside the aggregate
 * ({@link OfficeScope}).
 */
public final class AuthorizationMatrix {

    /** Everyone but administrators reads: administrators run the service, they do not work with its records. */
    static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(ADMIN));

    /** One rule: requests with this method whose path matches the pattern need one of these roles. */
    public record Entry(HttpMethod method, String pattern, Set<Role> roles) {

        public String describeRoles() {
            return roles.equals(READERS) ? "any role but ADMIN" : String.join(" or ", roles.stream().map(Role::name)
                    .sorted().toList());
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            // Approvers may assess too, so that a person who holds both duties is visibly barred from deciding on
            // what they assessed (four eyes, V6).
            post("/api/vettings/*/assessments", VETTING_OFFICER, APPROVER),
            post("/api/vettings/*/decision", APPROVER, DUE_DILIGENCE_COMMITTEE),
            post("/api/vettings/*/reopening", VETTING_OFFICER, APPROVER),
            post("/api/vettings/*/screenings", VETTING_OFFICER),
            post("/api/vettings/*/screening-matches/*/dismissal", VETTING_OFFICER),
            post("/api/vettings/*/risk-rating", VETTING_OFFICER),
            post("/api/vettings", VETTING_OFFICER),
            post("/api/partnerships", PARTNERSHIP_OFFICER),
            post("/api/partnerships/**", PARTNERSHIP_OFFICER),
            // Tamper evidence (ADR 013): auditors verify; operators too, since a broken chain is an incident to them.
            new Entry(HttpMethod.GET, "/api/audit/verification", EnumSet.of(Role.AUDITOR, ADMIN)),
            new Entry(HttpMethod.GET, "/api/audit/checkpoints", EnumSet.of(Role.AUDITOR, ADMIN)),
            // The audit trail names every actor behind every event, and the export is the whole log (ADR 012).
            new Entry(HttpMethod.GET, "/api/audit/**", EnumSet.of(AUDITOR)),
            // Dead letters (ADR 022) name parked events but never show their content: operators' business alone.
            post("/api/admin/dead-letters/**", ADMIN),
            new Entry(HttpMethod.GET, "/api/admin/dead-letters/**", EnumSet.of(ADMIN)),
            // Webhook subscribers and deliveries (ADR 020, 021): operating the service's outbound notifications.
            post("/api/admin/webhook-subscriptions", ADMIN),
            new Entry(HttpMethod.DELETE, "/api/admin/webhook-subscriptions/*", EnumSet.of(ADMIN)),
            post("/api/admin/webhook-deliveries/*/retry", ADMIN),
            new Entry(HttpMethod.GET, "/api/admin/webhook-subscriptions/**", EnumSet.of(ADMIN)),
            new Entry(HttpMethod.GET, "/api/admin/webhook-deliveries/**", EnumSet.of(ADMIN)),
            post("/api/admin/**", ADMIN),
            new Entry(HttpMethod.GET, "/api/admin/**", EnumSet.of(ADMIN)),
            // Metrics name every processor, message type and their volumes: operations data, for operators (ADR 023).
            new Entry(HttpMethod.GET, "/actuator/prometheus", EnumSet.of(ADMIN)),
            new Entry(HttpMethod.GET, "/api/**", READERS));

    private AuthorizationMatrix() {
    }

    /** The first rule that governs a request, in the order security applies them. */
    public static Optional<Entry> ruleFor(HttpMethod method, String path) {
        AntPathMatcher matcher = new AntPathMatcher();
        return ENTRIES.stream().filter(entry -> entry.method().equals(method) && matcher.match(entry.pattern(), path))
                .findFirst();
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (Entry entry : ENTRIES) {
            requests.requestMatchers(entry.method(), entry.pattern())
                    .hasAnyRole(entry.roles().stream().map(Role::name).toArray(String[]::new));
        }
    }

    private static Entry post(String pattern, Role... roles) {
        return new Entry(HttpMethod.POST, pattern, EnumSet.copyOf(Arrays.asList(roles)));
    }
}

package org.partnershipledger.adapters.rest.concurrency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.adapters.rest.problem.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates {@code If-Match} on commands to an existing partnership or vetting in two steps. Here, on arrival: a
 * version the record has already moved past is stale, and answers 412 before any command runs. Then the expected
 * version travels with the command ({@link #EXPECTED_VERSION_ATTRIBUTE}) and is checked again inside the aggregate:
 * a request that was current on arrival but lost a race to a concurrent command answers 409 there.
 */
public class IfMatchPrecondition implements HandlerInterceptor {

    public static final String EXPECTED_VERSION_ATTRIBUTE = IfMatchPrecondition.class.getName() + ".expectedVersion";
    private static final List<String> AGGREGATE_VARIABLES = List.of("partnershipId", "vettingId");
    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private final EventStore events;

    public IfMatchPrecondition(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        Map<String, String> variables = pathVariablesOf(request);
        if (ifMatch == null || "*".equals(ifMatch.trim()) || !evaluates(request.getMethod(), variables.keySet())) {
            return true;
        }
        String aggregate = AGGREGATE_VARIABLES.stream().map(variables::get).filter(value -> value != null)
                .findFirst().orElseThrow();
        long expected = parse(ifMatch);
        Optional<Long> current = events.lastSequenceNumberFor(aggregate);
        if (current.isPresent() && current.get() != expected) {
            throw new StaleVersionException(expected, current.get());
        }
        request.setAttribute(EXPECTED_VERSION_ATTRIBUTE, expected);
        return true;
    }

    /** Whether requests of this method to a path with these variables have their {@code If-Match} evaluated. */
    public static boolean evaluates(String method, Collection<String> pathVariables) {
        return !"GET".equals(method) && AGGREGATE_VARIABLES.stream().anyMatch(pathVariables::contains);
    }

    private static Map<String, String> pathVariablesOf(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : variables;
    }

    private static long parse(String ifMatch) {
        Matcher version = STRONG_VERSION_TAG.matcher(ifMatch.trim());
        if (!version.matches()) {
            throw new InvalidRequestException("If-Match must be one entity tag as given in ETag, such as \"3\", or *",
                    null);
        }
        return Long.parseLong(version.group(1));
    }
}

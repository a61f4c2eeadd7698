package org.partnershipledger.adapters.rest.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** Refusals by the security filters, as problem details like every other error of the API. */
public class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The protection space named in every {@code WWW-Authenticate} challenge. */
    public static final String REALM = "partnership-ledger";

    private final ProblemWriter problems;
    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value, e.g. {@code Basic realm="partnership-ledger"} */
    public ProblemSecurityResponses(ProblemWriter problems, String challenge) {
        this.problems = problems;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // A request without credentials hears the plain challenge; one whose bearer token was refused hears why, in
        // the error attributes of RFC 6750 section 3, so that a client can tell an expired token from a foreign one.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, e instanceof OAuth2AuthenticationException refused
                ? bearerChallenge(refused.getError()) : challenge);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                "sign in with valid credentials to use this API");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "your role does not allow this operation");
    }

    /** {@code Bearer realm="…", error="invalid_token", error_description="…"} (RFC 6750 section 3). */
    static String bearerChallenge(OAuth2Error error) {
        StringBuilder value = new StringBuilder("Bearer realm=\"").append(REALM).append('"');
        value.append(", error=\"").append(quotable(error.getErrorCode())).append('"');
        if (error.getDescription() != null) {
            value.append(", error_description=\"").append(quotable(error.getDescription())).append('"');
        }
        if (error.getUri() != null) {
            value.append(", error_uri=\"").append(quotable(error.getUri())).append('"');
        }
        return value.toString();
    }

    /** RFC 6750 allows only %x20-21 / %x23-5B / %x5D-7E inside these quoted strings: no quote, backslash or non-ASCII. */
    private static String quotable(String text) {
        return text.replaceAll("[^\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]", "");
    }
}

package org.partnershipledger.adapters.rest.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Refuses request bodies over a size limit with 413, whether the client declared the length or streamed it, and hands
 * the (small) body on in memory so that later filters and the controller can all read it. Reading stops one byte past
 * the limit: an oversized body is never held in full.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The methods whose bodies are read, and so capped. */
    public static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

    private final int maxBytes;
    private final ProblemWriter problems;

    public RequestBodyLimitFilter(int maxBytes, ProblemWriter problems) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of an oversized body is left unread: the connection is closed rather than drained.
        response.setHeader("Connection", "close");
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                "Request body too large", "request bodies are limited to " + maxBytes + " bytes");
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - total))) != -1) {
            out.write(buffer, 0, read);
            total += read;
        }
        return out.toByteArray();
    }
}

package org.partnershipledger.adapters.rest.partnership;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answers of accepted commands: the aggregate's new version in the body and as the {@code ETag}, and, for a
 * command that creates a part with an id of its own, {@code 201 Created} with that part's {@code Location}.
 */
public final class CommandAnswers {

    private CommandAnswers() {
    }

    /** The aggregate's version after the command, which every aggregate command handler answers with. */
    public static long version(Object commandResult) {
        if (commandResult instanceof Number version) {
            return version.longValue();
        }
        // A wiring fault, not a client error: the composition root makes every handler answer its version.
        throw new IllegalStateException("a command answered " + commandResult
                + " instead of the aggregate's new version");
    }

    /**
     * {@code 200 OK} for a command that changes the partnership without creating a part of its own; {@code Location}
     * names the partnership, where the change can be read.
     */
    public static ResponseEntity<CommandAccepted> accepted(String partnershipId, Object commandResult) {
        long version = version(commandResult);
        return ResponseEntity.ok()
                .location(UriComponentsBuilder.fromPath("/api/partnerships/{id}").buildAndExpand(partnershipId).encode()
                        .toUri())
                .eTag(etag(version))
                .body(new CommandAccepted(partnershipId, version));
    }

    /**
     * @param location a path template such as {@code /api/partnerships/{id}/reviews/{reviewId}}, expanded and
     *                 percent-encoded with the variables, so that no id can break the header
     */
    public static <T> ResponseEntity<T> created(T body, long version, String location, Object... variables) {
        return ResponseEntity.created(UriComponentsBuilder.fromPath(location).buildAndExpand(variables).encode().toUri())
                .eTag(etag(version))
                .body(body);
    }

    /** A strong entity tag of the version, the form every answer of this API uses. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}

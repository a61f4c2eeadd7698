package org.partnershipledger.adapters.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the list is read from, as configured: an {@code http(s):} URL, a {@code file:} URL, a {@code classpath:}
 * resource (the bundled sample, for the demo) or a plain file path. Kept apart from parsing so that the parser only
 * ever sees a stream, and every failure to obtain one names the location as configured.
 */
final class ListLocation {

    private static final String CLASSPATH_PREFIX = "classpath:";
    // Two characters at least, so that a path starting with a Windows drive letter reads as a path, not a scheme.
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final String location;

    ListLocation(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("the location of the UN consolidated list must be configured: "
                    + "a file path, a file: or http(s): URL, or a classpath: resource");
        }
        this.location = location.strip();
    }

    String describe() {
        return location;
    }

    /** Opens the document; the caller closes it. */
    InputStream open() {
        try {
            String lower = location.toLowerCase(Locale.ROOT);
            if (lower.startsWith(CLASSPATH_PREFIX)) {
                return openResource(location.substring(CLASSPATH_PREFIX.length()));
            }
            if (lower.startsWith("http:") || lower.startsWith("https:")) {
                return openHttp(URI.create(location));
            }
            if (lower.startsWith("file:")) {
                return openFile(Path.of(URI.create(location)));
            }
            if (SCHEME.matcher(location).find()) {
                throw unavailable("unsupported location; use a file path, a file: or http(s): URL, "
                        + "or a classpath: resource", null);
            }
            return openFile(Path.of(location));
        } catch (IllegalArgumentException e) {
            // Also InvalidPathException, and a file: URL that is not absolute.
            throw unavailable("not a valid location (" + e.getMessage() + ")", e);
        }
    }

    private InputStream openResource(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = ListLocation.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw unavailable("no such class-path resource", null);
        }
        return in;
    }

    private InputStream openFile(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw unavailable("file not found (" + path.toAbsolutePath() + ")", e);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            throw unavailable("file not readable (" + e + ")", e);
        }
    }

    private InputStream openHttp(URI uri) {
        // NORMAL follows redirects but never from https to http.
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unavailable("request failed (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while downloading", e);
        }
        if (response.statusCode() != 200) {
            closeQuietly(response.body());
            throw unavailable("HTTP status " + response.statusCode(), null);
        }
        return response.body();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The response is being discarded anyway.
        }
    }

    SanctionsListUnavailableException unavailable(String reason, Throwable cause) {
        return new SanctionsListUnavailableException(location, reason, cause);
    }
}

package org.partnershipledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service's HTTP API as the benchmark's virtual users call it: every successful call is timed from just before the
 * request is sent to the full response, and recorded under the operation's name; callers decide what a failure means.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private final Operations operations;

    Api(URI base, Operations operations) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.operations = operations;
    }

    Reply post(String operation, String token, String path, String body) {
        return send(operation, HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply get(String operation, String token, String path) {
        return send(operation, HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).GET());
    }

    private Reply send(String operation, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            if (operation != null && response.statusCode() >= 200 && response.statusCode() < 300) {
                operations.record(operation, end - start);
            }
            return new Reply(response.statusCode(), response.body(), end);
        } catch (IOException e) {
            return new Reply(0, e.toString(), System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "interrupted", System.nanoTime());
        }
    }

    /** One answer: status, body, and the moment (System.nanoTime) it had fully arrived. */
    record Reply(int status, String body, long receivedAt) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}

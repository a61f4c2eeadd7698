package org.partnershipledger.app.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A webhook receiver on the loopback interface, on a free port: it records every request it gets and answers each
 * endpoint with the statuses a test scripted for it, in order, then with the last one for ever.
 */
public final class LoopbackReceiver implements AutoCloseable {

    /** One request as the receiver got it. */
    public record Received(String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> lastStatus = new ConcurrentHashMap<>();

    public LoopbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A fresh endpoint that answers these statuses in turn, the last one for every request after them. */
    public String endpoint(int... statuses) {
        String path = "/hooks/" + UUID.randomUUID();
        answer(path, statuses);
        return path;
    }

    /** Changes what an endpoint answers from now on. */
    public void answer(String path, int... statuses) {
        Queue<Integer> script = new ConcurrentLinkedQueue<>();
        for (int status : statuses) {
            script.add(status);
        }
        scripts.put(path, script);
        lastStatus.put(path, statuses[statuses.length - 1]);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> receivedAt(String path) {
        List<Received> at = new ArrayList<>();
        received.stream().filter(request -> request.path().equals(path)).forEach(at::add);
        return at;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
            Queue<Integer> script = scripts.get(path);
            Integer next = script == null ? null : script.poll();
            int status = next != null ? next : lastStatus.getOrDefault(path, 404);
            exchange.sendResponseHeaders(status, -1);
        }
    }
}

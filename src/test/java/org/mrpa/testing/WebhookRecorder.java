package org.mrpa.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook endpoint on loopback that records every JSON body posted to /hook, as a messaging system would receive them. */
public final class WebhookRecorder {

    private static WebhookRecorder shared;

    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private WebhookRecorder() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            bodies.add(exchange.getRequestMethod() + " " + type + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** One recorder per test JVM, started on first use. */
    public static synchronized WebhookRecorder shared() {
        if (shared == null) {
            try {
                shared = new WebhookRecorder();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Every request so far as "METHOD content-type body". */
    public List<String> requests() {
        return List.copyOf(bodies);
    }
}

package org.mrpa.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * When the tests run against PostgreSQL ({@code -Dtest.postgresql-url=jdbc:postgresql://host:port/db}), activates the
 * PostgreSQL datasource instead of H2 (exactly what the "postgresql" profile does in production) and puts a
 * TCP proxy between the service and the server so a test can cut the database off and bring it back. With H2
 * (embedded, in-process) there is nothing to cut, and this resource changes nothing.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static TcpProxy proxy;

    /** The proxy in front of PostgreSQL, or null when the tests run on H2. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        String url = System.getProperty("test.postgresql-url");
        if (url == null || url.isBlank()) {
            return Map.of();
        }
        java.net.URI u = java.net.URI.create(url.substring("jdbc:".length()));
        proxy = TcpProxy.start(u.getHost(), u.getPort() < 0 ? 5432 : u.getPort());
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + u.getRawPath();
        return Map.of(
                "quarkus.datasource.\"postgresql\".jdbc.url",
                proxied,
                "quarkus.datasource.\"h2\".active",
                "false",
                "quarkus.datasource.\"postgresql\".active",
                "true",
                "quarkus.hibernate-orm.\"h2\".active",
                "false",
                "quarkus.hibernate-orm.\"postgresql\".active",
                "true",
                "quarkus.flyway.\"h2\".active",
                "false",
                "quarkus.flyway.\"postgresql\".active",
                "true");
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}

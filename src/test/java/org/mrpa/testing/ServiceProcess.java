package org.mrpa.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) as a separate process, as an operator runs it: on H2 in a
 * given data directory, or on PostgreSQL when the tests run against it ({@code -Dtest.postgresql-url}).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    public final int httpPort;
    public final Path log;

    private ServiceProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts the service and waits until /q/health/ready answers 200 (at most 60 s). */
    public static ServiceProcess start(Path dataDir, int httpPort, List<String> extraProperties)
            throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the service first (mvn package): " + jar.toAbsolutePath());
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dmrpa.data.dir=" + dataDir.toAbsolutePath(),
                "-Dmrpa.catalog.dir=" + Path.of("protocols").toAbsolutePath(),
                "-Dquarkus.log.console.json.enabled=false",
                // a free DICOM port unless the test names one (a later -D wins), so a service on 11112 does not collide
                "-Dmrpa.dicom.port=0"));
        String pg = System.getProperty("test.postgresql-url");
        if (pg != null && !pg.isBlank()) {
            cmd.add("-Dquarkus.profile=prod,postgresql");
            cmd.add("-Dquarkus.datasource.\"postgresql\".jdbc.url=" + pg);
        }
        cmd.addAll(extraProperties);
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        Path log = Files.createTempFile("mrpa-service", ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServiceProcess s = new ServiceProcess(p, httpPort, log);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        "The service exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            if (s.ready()) {
                return s;
            }
            Thread.sleep(250);
        }
        s.close();
        throw new IllegalStateException("The service did not become ready in 60 s:\n" + Files.readString(log));
    }

    public String baseUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection)
                    URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the service as an operator does (SIGTERM) and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Kills the service without letting it shut down (a crash). */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A free TCP port on loopback. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

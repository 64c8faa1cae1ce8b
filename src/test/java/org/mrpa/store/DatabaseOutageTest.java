package org.mrpa.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mrpa.ingest.StorageListener;
import org.mrpa.study.ReceivedInstances;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.TcpProxy;

/**
 * PostgreSQL goes away and comes back: the API and STOW-RS answer 503 problem+json meanwhile, a C-STORE gets failure
 * status A700 (out of resources) instead of a success, and all recover without a restart.
 * Runs when the suite runs against PostgreSQL (.ci/run does); H2 is embedded in the service's own process, so it
 * cannot be unavailable while the service runs.
 */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class DatabaseOutageTest {

    static final String BODY = "{\"accessionNumber\":\"OUTAGE1\",\"indication\":{\"text\":\"sciatica 8 weeks\"}}";

    @Inject
    StorageListener listener;

    @Inject
    ReceivedInstances received;

    String storescu(Path file) throws Exception {
        Path log = Files.createTempFile("storescu", ".log");
        Process p = new ProcessBuilder(
                        "storescu",
                        "-v",
                        "-aet",
                        "STORESCU",
                        "-aec",
                        "MRPA",
                        "127.0.0.1",
                        String.valueOf(listener.port()),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log);
    }

    static byte[] stowBody(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("--b\r\nContent-Type: application/dicom\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(Files.readAllBytes(file));
        out.write("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void apiAnswers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
        TcpProxy proxy = DatabaseProxyResource.proxy();
        Assumptions.assumeTrue(proxy != null, "runs against PostgreSQL only (-Dtest.postgresql-url)");
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, null, Files.createTempDirectory("outage"));
        given().contentType(ContentType.JSON)
                .body(BODY)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201);
        proxy.cut();
        try {
            given().contentType(ContentType.JSON)
                    .body(BODY)
                    .when()
                    .post("/api/v1/recommendations")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("code", equalTo("DATABASE_UNAVAILABLE"));
            given().when().get("/api/v1/studies").then().statusCode(503).body("code", equalTo("DATABASE_UNAVAILABLE"));
            given().when().get("/q/health/ready").then().statusCode(503);

            // a received instance that cannot be recorded is refused to its sender, never acknowledged
            String out = storescu(s.files.get(0));
            assertThat(out).contains("Received Store Response (Refused: OutOfResources)");
            given().contentType("multipart/related; type=\"application/dicom\"; boundary=b")
                    .body(stowBody(s.files.get(1)))
                    .when()
                    .post("/dicomweb/studies")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .body("code", equalTo("DATABASE_UNAVAILABLE"));
        } finally {
            proxy.restore();
        }
        assertThat(received.headers(s.studyInstanceUid)).isEmpty();
        String again = storescu(s.files.get(0));
        assertThat(again).contains("Received Store Response (Success)");
        assertThat(received.headers(s.studyInstanceUid))
                .extracting(h -> h.first("SOPInstanceUID"))
                .containsExactly(s.sopInstanceUids.get(0));
        given().contentType(ContentType.JSON)
                .body(BODY)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201);
        given().when().get("/api/v1/studies").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}

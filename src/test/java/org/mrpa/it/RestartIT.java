package org.mrpa.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.ServiceProcess;
import org.mrpa.testing.TestDates;

/** The packaged service is stopped, then killed, and restarted: recommendations, studies and reviews survive. */
class RestartIT {

    @Test
    void dataSurvivesARestartAndACrash() throws Exception {
        Path data = Files.createTempDirectory("mrpa-restart");
        int port = ServiceProcess.freePort();
        String accession = FreshStudy.newAccession();
        FreshStudy study = FreshStudy.of(
                "lumbar-missing-axial-t2-siemens",
                accession,
                TestDates.da(TestDates.next()),
                Files.createTempDirectory("s"));
        String recommendation;
        String deviationId;
        try (ServiceProcess s = ServiceProcess.start(data, port, List.of())) {
            recommendation = given().baseUri(s.baseUri())
                    .contentType(ContentType.JSON)
                    .body("{\"accessionNumber\":\"" + accession + "\",\"indication\":{\"text\":\"sciatica 8 weeks\"}}")
                    .when()
                    .post("/api/v1/recommendations")
                    .then()
                    .statusCode(201)
                    .extract()
                    .asString();
            given().baseUri(s.baseUri())
                    .multiPart("study", "study.zip", study.zip(), "application/zip")
                    .when()
                    .post("/api/v1/conformance-checks")
                    .then()
                    .statusCode(200);
            deviationId = given().baseUri(s.baseUri())
                    .when()
                    .get("/api/v1/studies/" + study.studyInstanceUid)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("deviations[0].id");
            given().baseUri(s.baseUri())
                    .contentType(ContentType.JSON)
                    .body("{\"action\":\"WAIVE\",\"reason\":\"restart test\",\"reviewer\":\"qa\"}")
                    .when()
                    .post("/api/v1/studies/" + study.studyInstanceUid + "/deviations/" + deviationId + "/review")
                    .then()
                    .statusCode(200);
        }
        String id = JsonPath.from(recommendation).getString("recommendationId");
        try (ServiceProcess s = ServiceProcess.start(data, port, List.of())) {
            String again = given().baseUri(s.baseUri())
                    .when()
                    .get("/api/v1/recommendations/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(again).isEqualTo(recommendation);
            JsonPath stored = given().baseUri(s.baseUri())
                    .when()
                    .get("/api/v1/studies/" + study.studyInstanceUid)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(stored.getString("study.recommendationId")).isEqualTo(id);
            assertThat(stored.getList("deviations.id")).containsExactly(deviationId);
            assertThat(stored.getList("deviations.status")).containsExactly("WAIVED");
            assertThat(stored.getBoolean("study.compliant")).isTrue();
            given().baseUri(s.baseUri())
                    .multiPart("study", "study.zip", study.zip(), "application/zip")
                    .when()
                    .post("/api/v1/conformance-checks")
                    .then()
                    .statusCode(200);
            s.kill();
        }
        try (ServiceProcess s = ServiceProcess.start(data, port, List.of())) {
            JsonPath stored = given().baseUri(s.baseUri())
                    .when()
                    .get("/api/v1/studies/" + study.studyInstanceUid)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(stored.getInt("study.checks")).isEqualTo(2);
            assertThat(stored.getList("deviations.status")).containsExactly("WAIVED");
        }
    }
}

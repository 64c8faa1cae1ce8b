package org.mrpa.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.TestDates;

/** dcmtk's storescu and echoscu against the C-STORE listener (test profile: quiet period 2 s, allowed STORESCU and ECHOSCU). */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class StorageListenerTest {

    @Inject
    StorageListener listener;

    record Run(int exit, String output) {
    }

    static Run run(List<String> cmd) throws Exception {
        Path out = Files.createTempFile("dcmtk", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dcmtk finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out));
    }

    List<String> storescu(String callingAe, FreshStudy s) {
        List<String> cmd = new ArrayList<>(List.of("storescu", "-aet", callingAe, "-aec", "MRPA", "127.0.0.1", String.valueOf(listener.port())));
        s.files.forEach(f -> cmd.add(f.toString()));
        return cmd;
    }

    @Test
    void aStudySentWithStorescuIsCheckedAgainstItsOrderAfterTheQuietPeriod() throws Exception {
        String accession = FreshStudy.newAccession();
        String recommendationId = given().contentType(ContentType.JSON)
                .body("{\"accessionNumber\":\"" + accession + "\",\"indication\":{\"text\":\"sciatica 8 weeks\"},\"scanner\":{\"scannerId\":\"MR1\"}}")
                .when().post("/api/v1/recommendations").then().statusCode(201).extract().path("recommendationId");
        FreshStudy s = FreshStudy.of("lumbar-missing-axial-t2-siemens", accession, TestDates.da(TestDates.next()), Files.createTempDirectory("cstore"));
        Run sent = run(storescu("STORESCU", s));
        assertThat(sent.exit()).as(sent.output()).isZero();

        JsonPath study = null;
        for (int i = 0; i < 100 && study == null; i++) {
            Thread.sleep(200);
            var r = given().when().get("/api/v1/studies/" + s.studyInstanceUid);
            if (r.statusCode() == 200) {
                study = r.jsonPath();
            }
        }
        assertThat(study).as("study checked within 20 s").isNotNull();
        assertThat(study.getString("study.recommendationId")).isEqualTo(recommendationId);
        assertThat(study.getString("study.orderLink")).isEqualTo("ORDER_RECOMMENDATION");
        assertThat(study.getInt("study.series")).isEqualTo(4);
        assertThat(study.getList("deviations.code")).containsExactly("SEQUENCE_MISSING");
        assertThat(study.getList("checks.trigger")).containsExactly("C_STORE");
    }

    @Test
    void aCallingAeTitleNotOnTheAllowListIsRejectedAtAssociation() throws Exception {
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, TestDates.da(TestDates.next()), Files.createTempDirectory("cstore"));
        Run refused = run(storescu("INTRUDER", s));
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("Association Rejected").contains("Calling AE Title Not Recognized");
        Thread.sleep(3000);
        given().when().get("/api/v1/studies/" + s.studyInstanceUid).then().statusCode(404);
    }

    @Test
    void echoscuGetsAVerificationResponse() throws Exception {
        Run echo = run(List.of("echoscu", "-aet", "ECHOSCU", "-aec", "MRPA", "127.0.0.1", String.valueOf(listener.port())));
        assertThat(echo.exit()).as(echo.output()).isZero();
    }
}

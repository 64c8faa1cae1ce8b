package org.mrpa.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.ServiceProcess;
import org.mrpa.testing.TestDates;

/**
 * A study sent by storescu in two parts with the packaged service crashed (kill -9) and restarted in between: every
 * instance acknowledged before the crash is kept, and the check after the second part sees the whole study.
 */
class ReceiveRestartIT {

    static void storescu(int port, List<Path> files) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of("storescu", "-aet", "STORESCU", "-aec", "MRPA", "127.0.0.1", String.valueOf(port)));
        files.forEach(f -> cmd.add(f.toString()));
        Path log = Files.createTempFile("storescu", ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }

    static JsonPath studyWithChecks(ServiceProcess s, String uid, int checks) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            Response r = given().baseUri(s.baseUri()).when().get("/api/v1/studies/" + uid);
            if (r.statusCode() == 200 && r.jsonPath().getInt("study.checks") >= checks) {
                return r.jsonPath();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("study not checked " + checks + " time(s) within 30 s");
    }

    @Test
    void aStudySentAcrossACrashIsCheckedWhole() throws Exception {
        Path data = Files.createTempDirectory("mrpa-receive-restart");
        int http = ServiceProcess.freePort();
        int dicom = ServiceProcess.freePort();
        List<String> props = List.of(
                "-Dmrpa.dicom.port=" + dicom,
                "-Dmrpa.dicom.allowed-calling-ae-titles=STORESCU",
                "-Dmrpa.dicom.quiet-period=2s");
        String accession = FreshStudy.newAccession();
        FreshStudy study = FreshStudy.of(
                "lumbar-conformant-siemens", accession, TestDates.da(TestDates.next()), Files.createTempDirectory("s"));
        List<Path> first = study.files.subList(0, 7); // localizer, sagittal T1, first sagittal T2 slice
        List<Path> rest = study.files.subList(7, study.files.size());

        try (ServiceProcess s = ServiceProcess.start(data, http, props)) {
            given().baseUri(s.baseUri())
                    .contentType(ContentType.JSON)
                    .body("{\"accessionNumber\":\"" + accession
                            + "\",\"indication\":{\"text\":\"sciatica 8 weeks\"},\"scanner\":{\"scannerId\":\"MR1\"}}")
                    .when()
                    .post("/api/v1/recommendations")
                    .then()
                    .statusCode(201);
            storescu(dicom, first);
            s.kill(); // straight after the last acknowledgement: no quiet period, no shutdown
        }
        try (ServiceProcess s = ServiceProcess.start(data, http, props)) {
            // the part received before the crash is checked after the restart (quiet period long over)
            JsonPath partial = studyWithChecks(s, study.studyInstanceUid, 1);
            assertThat(partial.getInt("study.series")).isEqualTo(3);
            assertThat(partial.getList("deviations.code")).contains("SEQUENCE_MISSING");

            storescu(dicom, rest);
            JsonPath whole = studyWithChecks(s, study.studyInstanceUid, 2);
            assertThat(whole.getInt("study.series")).isEqualTo(5);
            assertThat(whole.getString("study.orderLink")).isEqualTo("ORDER_RECOMMENDATION");
            assertThat(whole.getString("study.effectiveVerdict")).isEqualTo("CONFORMANT");
            assertThat(whole.getList("checks.trigger")).containsOnly("C_STORE");
            // every deviation of the partial check is resolved by the whole study
            assertThat(whole.getList("deviations.present")).containsOnly(false);
        }
    }
}

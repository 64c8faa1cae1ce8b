package org.mrpa.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrpa.dicom.InstanceHeader;
import org.mrpa.study.ReceivedInstances;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.TestDates;
import org.mrpa.testing.WebhookRecorder;

/**
 * dcmtk's storescu and echoscu against the C-STORE listener (test profile: quiet period 2 s, allowed STORESCU and ECHOSCU),
 * with the notification webhook pointed at a recorder.
 */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
@TestProfile(StorageListenerTest.WithWebhook.class)
class StorageListenerTest {

    /** The test configuration plus a webhook URL. */
    public static class WithWebhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mrpa.dicom.notify-url", WebhookRecorder.shared().url());
        }
    }

    static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";

    @Inject
    StorageListener listener;

    @Inject
    ReceivedInstances received;

    record Run(int exit, String output) {}

    static Run run(List<String> cmd) throws Exception {
        Path out = Files.createTempFile("dcmtk", ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dcmtk finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out));
    }

    List<String> storescu(String callingAe, FreshStudy s) {
        return storescu(callingAe, s.files);
    }

    List<String> storescu(String callingAe, List<Path> files) {
        List<String> cmd = new ArrayList<>(
                List.of("storescu", "-aet", callingAe, "-aec", "MRPA", "127.0.0.1", String.valueOf(listener.port())));
        files.forEach(f -> cmd.add(f.toString()));
        return cmd;
    }

    @Test
    void aStudySentWithStorescuIsCheckedAgainstItsOrderAfterTheQuietPeriod() throws Exception {
        String accession = FreshStudy.newAccession();
        String recommendationId = given().contentType(ContentType.JSON)
                .body("{\"accessionNumber\":\"" + accession
                        + "\",\"indication\":{\"text\":\"sciatica 8 weeks\"},\"scanner\":{\"scannerId\":\"MR1\"}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .path("recommendationId");
        FreshStudy s = FreshStudy.of(
                "lumbar-missing-axial-t2-siemens",
                accession,
                TestDates.da(TestDates.next()),
                Files.createTempDirectory("cstore"));
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

        // the ERROR was announced to the webhook: one JSON POST naming the study and its counts
        List<String> hooks = WebhookRecorder.shared().requests().stream()
                .filter(r -> r.contains(s.studyInstanceUid))
                .toList();
        assertThat(hooks).hasSize(1);
        String hook = hooks.get(0);
        assertThat(hook).startsWith("POST application/json {");
        JsonPath body = JsonPath.from(hook.substring(hook.indexOf('{')));
        assertThat(body.getString("event")).isEqualTo("STUDY_CHECKED");
        assertThat(body.getString("verdict")).isEqualTo("NON_CONFORMANT");
        assertThat(body.getMap("issueCounts")).isEqualTo(Map.of("ERROR", 1));
        assertThat(body.getString("order")).isEqualTo("ORDER_RECOMMENDATION");
        assertThat(body.getString("study")).isEqualTo("/api/v1/studies/" + s.studyInstanceUid);
    }

    @Test
    void aConformantStudyIsNotAnnouncedToTheWebhook() throws Exception {
        String accession = FreshStudy.newAccession();
        given().contentType(ContentType.JSON)
                .body("{\"accessionNumber\":\"" + accession
                        + "\",\"indication\":{\"text\":\"sciatica 8 weeks\"},\"scanner\":{\"scannerId\":\"MR1\"}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201);
        FreshStudy s = FreshStudy.of(
                "lumbar-conformant-siemens",
                accession,
                TestDates.da(TestDates.next()),
                Files.createTempDirectory("cstore"));
        Run sent = run(storescu("STORESCU", s));
        assertThat(sent.exit()).as(sent.output()).isZero();
        given().when()
                .post("/api/v1/studies/" + s.studyInstanceUid + "/check")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("CONFORMANT"));
        Thread.sleep(3000);
        assertThat(WebhookRecorder.shared().requests()).noneMatch(r -> r.contains(s.studyInstanceUid));
    }

    @Test
    void aCompressedImageIsAcceptedAndOnlyItsHeaderKept() throws Exception {
        Path dir = Files.createTempDirectory("cstore");
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, TestDates.da(TestDates.next()), dir.resolve("in"));
        Path jpeg = dir.resolve("lossless.dcm");
        Run compressed =
                run(List.of("dcmcjpeg", "--encode-lossless-sv1", s.files.get(4).toString(), jpeg.toString()));
        assertThat(compressed.exit()).as(compressed.output()).isZero();
        List<String> cmd = new ArrayList<>(storescu("STORESCU", List.of(jpeg)));
        cmd.add(1, "--propose-lossless"); // propose JPEG lossless first, as a scanner sending compressed images does
        Run sent = run(cmd);
        assertThat(sent.exit()).as(sent.output()).isZero();
        List<InstanceHeader> headers = received.headers(s.studyInstanceUid);
        assertThat(headers).extracting(h -> h.first("SOPInstanceUID")).containsExactly(s.sopInstanceUids.get(4));
        assertThat(headers.get(0).first("TransferSyntaxUID")).isEqualTo("1.2.840.10008.1.2.4.70");
        try (var left = Files.list(listener.incomingDirectory())) {
            assertThat(left.toList()).as("no received file is kept").isEmpty();
        }
    }

    @Test
    void anImageThatIsNotMrIsRefusedAtAssociation() throws Exception {
        Path dir = Files.createTempDirectory("cstore");
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, TestDates.da(TestDates.next()), dir.resolve("in"));
        String ct = FreshStudy.copyAsSopClass(s.files.get(0), CT_IMAGE, dir.resolve("ct.dcm"));
        Run sent = run(storescu("STORESCU", List.of(dir.resolve("ct.dcm"))));
        assertThat(sent.exit()).isNotZero();
        assertThat(sent.output()).contains("No presentation context for: (CT)");
        assertThat(received.headers(s.studyInstanceUid)).isEmpty();
        assertThat(ct).startsWith("2.25.");
    }

    @Test
    void aCallingAeTitleNotOnTheAllowListIsRejectedAtAssociation() throws Exception {
        FreshStudy s = FreshStudy.of(
                "lumbar-conformant-ge", null, TestDates.da(TestDates.next()), Files.createTempDirectory("cstore"));
        Run refused = run(storescu("INTRUDER", s));
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("Association Rejected").contains("Calling AE Title Not Recognized");
        Thread.sleep(3000);
        given().when().get("/api/v1/studies/" + s.studyInstanceUid).then().statusCode(404);
    }

    @Test
    void echoscuGetsAVerificationResponse() throws Exception {
        Run echo = run(
                List.of("echoscu", "-aet", "ECHOSCU", "-aec", "MRPA", "127.0.0.1", String.valueOf(listener.port())));
        assertThat(echo.exit()).as(echo.output()).isZero();
    }
}

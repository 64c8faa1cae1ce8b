package org.mrpa.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.TestDates;

/**
 * DICOMweb STOW-RS: a study sent with curl is stored and checked against its order after the quiet period (test profile:
 * 2 s); mixed bodies get per-instance results in DICOM JSON; bad requests get problem+json.
 */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class StowResourceTest {

    static final String BOUNDARY = "stow-test-boundary";
    static final String RELATED = "multipart/related; type=\"application/dicom\"; boundary=" + BOUNDARY;
    static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";

    @TestHTTPResource("/dicomweb/studies")
    URL stow;

    /** A multipart/related body of the given parts (content type, bytes), closed properly unless cut. */
    static byte[] body(List<Map.Entry<String, byte[]>> parts, boolean close) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> p : parts) {
            out.write(("--" + BOUNDARY + "\r\nContent-Type: " + p.getKey() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(p.getValue());
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (close) {
            out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    static Map.Entry<String, byte[]> dicom(Path file) throws IOException {
        return Map.entry("application/dicom", Files.readAllBytes(file));
    }

    static JsonPath waitForStudy(String uid) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Thread.sleep(200);
            Response r = given().when().get("/api/v1/studies/" + uid);
            if (r.statusCode() == 200) {
                return r.jsonPath();
            }
        }
        throw new AssertionError("study not checked within 20 s");
    }

    @Test
    void aStudySentWithCurlIsStoredAndCheckedAgainstItsOrderAfterTheQuietPeriod() throws Exception {
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
                Files.createTempDirectory("stow"));
        List<String> cmd = new ArrayList<>(List.of(
                "curl",
                "-sS",
                "-o",
                "-",
                "-w",
                "\n%{http_code} %{content_type}",
                "-X",
                "POST",
                "-H",
                "Content-Type: multipart/related; type=\"application/dicom\"",
                "-H",
                "Accept: application/dicom+json"));
        for (Path f : s.files) {
            cmd.add("-F");
            cmd.add("file=@" + f + ";type=application/dicom");
        }
        cmd.add(stow.toString());
        Process curl = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(curl.exitValue()).as(out).isZero();
        String status = out.substring(out.lastIndexOf('\n') + 1);
        assertThat(status).isEqualTo("200 application/dicom+json");
        JsonPath response = JsonPath.from(out.substring(0, out.lastIndexOf('\n')));
        assertThat(response.getList("00081199.Value.00081155.Value.flatten()"))
                .containsExactlyInAnyOrderElementsOf(s.sopInstanceUids);
        assertThat(response.getList("00081199.Value.00081150.Value.flatten()"))
                .containsOnly("1.2.840.10008.5.1.4.1.1.4")
                .hasSize(12);
        assertThat(response.getMap("00081198")).isNull();
        assertThat(response.getString("00081190.vr")).isEqualTo("UR");

        JsonPath study = waitForStudy(s.studyInstanceUid);
        assertThat(study.getString("study.recommendationId")).isEqualTo(recommendationId);
        assertThat(study.getString("study.orderLink")).isEqualTo("ORDER_RECOMMENDATION");
        assertThat(study.getInt("study.series")).isEqualTo(4);
        assertThat(study.getList("deviations.code")).containsExactly("SEQUENCE_MISSING");
        assertThat(study.getList("checks.trigger")).containsExactly("STOW_RS");

        // checked again on request, without waiting: stored as a second check, the deviation kept
        given().when()
                .post("/api/v1/studies/" + s.studyInstanceUid + "/check")
                .then()
                .statusCode(200)
                .header("Location", containsString("/api/v1/studies/" + s.studyInstanceUid))
                .body("order.link", equalTo("ORDER_RECOMMENDATION"))
                .body("issues[0].code", equalTo("SEQUENCE_MISSING"));
        JsonPath again = given().when()
                .get("/api/v1/studies/" + s.studyInstanceUid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(again.getList("checks.trigger")).containsExactlyInAnyOrder("STOW_RS", "API_RECHECK");
        assertThat(again.getList("deviations.id")).isEqualTo(study.getList("deviations.id"));
    }

    @Test
    void eachInstanceOfAMixedBodyIsStoredOrFailsWithItsReason() throws Exception {
        Path dir = Files.createTempDirectory("stow");
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, TestDates.da(TestDates.next()), dir.resolve("a"));
        FreshStudy other =
                FreshStudy.of("lumbar-conformant-ge", null, TestDates.da(TestDates.next()), dir.resolve("b"));
        String ct = FreshStudy.copyAsSopClass(s.files.get(2), CT_IMAGE, dir.resolve("ct.dcm"));
        byte[] body = body(
                List.of(
                        dicom(s.files.get(0)),
                        dicom(s.files.get(1)),
                        dicom(dir.resolve("ct.dcm")),
                        Map.entry("application/dicom", "not DICOM at all".getBytes(StandardCharsets.US_ASCII)),
                        dicom(other.files.get(0)),
                        Map.entry("text/plain", "hello".getBytes(StandardCharsets.US_ASCII))),
                true);

        JsonPath r = given().contentType(RELATED)
                .body(body)
                .when()
                .post("/dicomweb/studies/" + s.studyInstanceUid)
                .then()
                .statusCode(202)
                .contentType("application/dicom+json")
                .extract()
                .jsonPath();
        assertThat(r.getList("00081199.Value.00081155.Value.flatten()"))
                .containsExactly(s.sopInstanceUids.get(0), s.sopInstanceUids.get(1));
        assertThat(r.getList("00081198.Value.00081197.Value.flatten()"))
                .containsExactly(0x0122, 0xC000, 0xA900, 0xC000);
        assertThat(r.getList("00081198.Value.00081155.Value"))
                .containsExactly(List.of(ct), null, List.of(other.sopInstanceUids.get(0)), null);
        assertThat(r.getList("00081198.Value.00081150.Value"))
                .containsExactly(List.of(CT_IMAGE), null, List.of("1.2.840.10008.5.1.4.1.1.4"), null);

        // the two stored instances are the study's: an explicit check sees exactly them
        JsonPath report = given().when()
                .post("/api/v1/studies/" + s.studyInstanceUid + "/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("series.seriesInstanceUid")).hasSize(1);
        given().when()
                .post("/api/v1/studies/" + other.studyInstanceUid + "/check")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("STUDY_NOT_RECEIVED"));
    }

    @Test
    void whenNoInstanceCanBeStoredTheAnswerIs409WithEveryFailure() throws Exception {
        Path dir = Files.createTempDirectory("stow");
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, null, dir.resolve("a"));
        String ct = FreshStudy.copyAsSopClass(s.files.get(0), CT_IMAGE, dir.resolve("ct.dcm"));
        JsonPath r = given().contentType(RELATED)
                .body(body(List.of(dicom(dir.resolve("ct.dcm"))), true))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(409)
                .contentType("application/dicom+json")
                .extract()
                .jsonPath();
        assertThat(r.getList("00081198.Value.00081155.Value.flatten()")).containsExactly(ct);
        assertThat(r.getList("00081198.Value.00081197.Value.flatten()")).containsExactly(0x0122);
        assertThat(r.getMap("00081199")).isNull();
    }

    @Test
    void aBodyCutOffInsideAnInstanceKeepsTheCompleteOnesAndFailsTheCutOne() throws Exception {
        FreshStudy s = FreshStudy.of("lumbar-conformant-ge", null, null, Files.createTempDirectory("stow"));
        byte[] whole = body(List.of(dicom(s.files.get(0)), dicom(s.files.get(1))), false);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 5000);
        JsonPath r = given().contentType(RELATED)
                .body(cut)
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertThat(r.getList("00081199.Value.00081155.Value.flatten()")).containsExactly(s.sopInstanceUids.get(0));
        assertThat(r.getList("00081198.Value.00081155.Value.flatten()")).containsExactly(s.sopInstanceUids.get(1));
        assertThat(r.getList("00081198.Value.00081197.Value.flatten()")).containsExactly(0xC000);

        byte[] first = body(List.of(dicom(s.files.get(2))), false);
        given().contentType(RELATED)
                .body(java.util.Arrays.copyOf(first, first.length - 5000))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_MULTIPART"))
                .body(
                        "detail",
                        equalTo(
                                "The body is not readable as multipart/related: the body ends inside part 1 (no closing boundary); nothing was stored"));
    }

    @Test
    void requestsThatAreNotDicomMultipartGetProblemDetails() {
        given().contentType("multipart/related; type=\"application/dicom+json\"; boundary=x")
                .body("--x--".getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
                .body("errors[0].field", equalTo("Content-Type"))
                .body("detail", containsString("type is application/dicom+json"));
        given().contentType("multipart/related; boundary=x")
                .body("--x--".getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(415)
                .body("detail", containsString("the type parameter is missing"));
        given().contentType("multipart/related; type=\"application/dicom\"")
                .body("--x--".getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Content-Type: the boundary parameter is missing"));
        given().contentType(ContentType.JSON)
                .body("{}".getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", equalTo("Send the body as multipart/related; type=\"application/dicom\""));
        given().contentType(RELATED)
                .body("no boundary in here".getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_MULTIPART"));
        given().contentType(RELATED)
                .body(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies")
                .then()
                .statusCode(400)
                .body("code", equalTo("NO_INSTANCES"));
        given().contentType(RELATED)
                .body(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII))
                .when()
                .post("/dicomweb/studies/not-a-uid")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("studyInstanceUid"));
        given().when()
                .post("/api/v1/studies/1.2.3.4.5.999/check")
                .then()
                .statusCode(404)
                .body("code", equalTo("STUDY_NOT_RECEIVED"));
        given().when()
                .post("/api/v1/studies/1.2.x/check")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("studyInstanceUid"));
    }
}

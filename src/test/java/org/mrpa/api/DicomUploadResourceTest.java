package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DicomUploadResourceTest {

    static final Path SAMPLES = Path.of("sample-dicom");

    static List<Path> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES.resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    static byte[] zip(String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Path p : files(folder)) {
                z.putNextEntry(new ZipEntry(folder + "/" + p.getFileName()));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] zipOf(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void headersOfUploadedFilesWithTheUnreadableOnesNamed() throws IOException {
        RequestSpecification req = given().multiPart("file", "notes.txt", "not a DICOM file".getBytes());
        for (Path p : files("lumbar-conformant-ge").subList(3, 6)) {
            req = req.multiPart("file", p.toFile());
        }
        req.when()
                .post("/api/v1/dicom/headers")
                .then()
                .statusCode(200)
                .body("series", hasSize(1))
                .body("series[0].classification", equalTo("T1"))
                .body("series[0].vendor", equalTo("GE"))
                .body("series[0].plane", equalTo("SAG"))
                .body("series[0].instances", equalTo(3))
                .body("series[0].parameters.RepetitionTime.value", equalTo(550.0f))
                .body(
                        "series[0].evidence",
                        org.hamcrest.Matchers.hasItem(startsWith("spin echo, TR 550 ms, TE 10 ms: T1 band")))
                .body("unreadable.file", contains("notes.txt"))
                .body("unreadable[0].reason", startsWith("not readable as DICOM"));
    }

    @Test
    void conformantStudyAsAZipAgainstACatalogProtocol() throws IOException {
        // issue 12: without a safetyContext a check by protocol id carries NO_SAFETY_CONTEXT (WARNING)
        given().multiPart("study", "study.zip", zip("lumbar-conformant-siemens"), "application/zip")
                .multiPart("protocolId", "deg-lumbar")
                .multiPart("safetyContext", """
                        {"implantConditions":[],"gadolinium":"DO_NOT_GIVE","marsRequired":false}""")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("CONFORMANT"))
                .body("protocolId", equalTo("deg-lumbar"))
                .body("acquiredFieldStrengthT", equalTo(1.5f))
                .body("sequences.status", contains("ACQUIRED", "ACQUIRED", "ACQUIRED", "ACQUIRED"))
                .body("series.status", contains("NOT_COUNTED", "MATCHED", "MATCHED", "MATCHED", "MATCHED"))
                .body("issues", hasSize(0));
    }

    @Test
    void studyIsCheckedAgainstTheRecommendationOfItsAccessionNumber() throws IOException {
        String id = given().contentType(ContentType.JSON)
                .body("""
                {"accessionNumber":"SAMPLE004","indication":{"text":"sciatica 8 weeks, failed physio"},
                 "patient":{"ageYears":60,"sex":"MALE","weightKg":80},"scanner":{"scannerId":"MR1"}}""")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .path("recommendationId");
        given().multiPart("study", "study.zip", zip("lumbar-missing-axial-t2-siemens"), "application/zip")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(200)
                .body("recommendationId", equalTo(id))
                .body("accessionNumber", equalTo("SAMPLE004"))
                .body("verdict", equalTo("NON_CONFORMANT"))
                .body("issues.code", contains("SEQUENCE_MISSING"))
                .body("issues[0].severity", equalTo("ERROR"))
                .body("issues[0].sequenceId", equalTo("ax-t2"));
    }

    @Test
    void threeTeslaAgainstAOnePointFiveOnlyImplantRecommendationIsASafetyDeviation() throws IOException {
        String id = given().contentType(ContentType.JSON)
                .body("""
                {"indication":{"text":"sciatica 8 weeks"},"patient":{"ageYears":60,"sex":"MALE","weightKg":80,
                 "implants":[{"type":"SPINAL_FUSION_HARDWARE","mrLabel":"MR_CONDITIONAL","location":"T2-T4","conditions":{"allowedFieldStrengthsT":[1.5]}}]},
                 "scanner":{"scannerId":"MR2"}}""")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .path("recommendationId");
        given().multiPart("study", "study.zip", zip("lumbar-3t-siemens"), "application/zip")
                .multiPart("recommendationId", id)
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body("issues.code", contains("FIELD_STRENGTH_NOT_ALLOWED"))
                .body("issues[0].severity", equalTo("CRITICAL"))
                .body("issues[0].keyword", equalTo("MagneticFieldStrength"))
                .body("issues[0].actual", equalTo("3 T"));
    }

    @Test
    void emptyUploadIs400() {
        given().multiPart("protocolId", "deg-lumbar")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("EMPTY_UPLOAD"));
    }

    @Test
    void zipEntryLeavingItsFolderIs400() throws IOException {
        given().multiPart("study", "evil.zip", zipOf("ok/a.dcm", "x", "../../etc/passwd", "root"), "application/zip")
                .when()
                .post("/api/v1/dicom/headers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSAFE_ZIP_ENTRY"))
                .body("errors[0].field", equalTo("evil.zip"));
    }

    @Test
    void zipBombIs400() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("zeros.dcm"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        given().multiPart("study", "bomb.zip", bytes.toByteArray(), "application/zip")
                .when()
                .post("/api/v1/dicom/headers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("ZIP_BOMB"));
    }

    @Test
    void tooManyFilesIs413() throws IOException {
        String[] entries = new String[2 * 201];
        for (int i = 0; i < 201; i++) {
            entries[2 * i] = "f" + i + ".dcm";
            entries[2 * i + 1] = "x";
        }
        given().multiPart("study", "many.zip", zipOf(entries), "application/zip")
                .when()
                .post("/api/v1/dicom/headers")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_FILES"));
    }

    @Test
    void noReadableImageIs400ListingEveryFile() {
        given().multiPart("file", "a.txt", "hello".getBytes())
                .multiPart("file", "b.bin", new byte[] {1, 2, 3})
                .multiPart("protocolId", "deg-lumbar")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("NO_READABLE_IMAGE"))
                .body("errors.field", contains("a.txt", "b.bin"));
    }

    @Test
    void protocolAndRecommendationTogetherOrUnknownProtocolAre400() throws IOException {
        given().multiPart("study", "s.zip", zip("lumbar-conformant-ge"), "application/zip")
                .multiPart("protocolId", "deg-lumbar")
                .multiPart("recommendationId", "x")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(400)
                .body("errors.field", contains("protocolId"));
        given().multiPart("study", "s.zip", zip("lumbar-conformant-ge"), "application/zip")
                .multiPart("protocolId", "nope")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(400)
                .body("detail", equalTo("protocolId: no protocol 'nope'"));
    }

    @Test
    void jsonInsteadOfMultipartIs415() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}

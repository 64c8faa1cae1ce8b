package org.mrpa.study;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrpa.store.JpaRecommendationStore;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.TestDates;

/** The QA workflow end to end over HTTP: order, check, stored study, review, re-check, compliance, export. */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class StudyQaResourceTest {

    @Inject
    JpaRecommendationStore store;

    static String recommend(String accession, String text) {
        return given().contentType(ContentType.JSON)
                .body("""
                {"accessionNumber":"%s","patientId":"PID-SECRET-1","indication":{"text":"%s"},
                 "patient":{"ageYears":60,"sex":"MALE","weightKg":80},"scanner":{"scannerId":"MR1"}}""".formatted(accession, text))
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .path("recommendationId");
    }

    static JsonPath check(FreshStudy s) throws IOException {
        return given().multiPart("study", "study.zip", s.zip(), "application/zip")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(200)
                .header("Location", endsWith("/api/v1/studies/" + s.studyInstanceUid))
                .extract()
                .jsonPath();
    }

    static FreshStudy study(String sample, String accession, LocalDate date) throws IOException {
        return FreshStudy.of(sample, accession, TestDates.da(date), Files.createTempDirectory("study"));
    }

    @Test
    void recommendationIsStoredWithoutThePatientId() {
        String accession = FreshStudy.newAccession();
        String id = recommend(accession, "sciatica 8 weeks");
        String request = store.requestJson(id).orElseThrow();
        assertThat(request)
                .contains("\"accessionNumber\":\"" + accession + "\"")
                .contains("sciatica 8 weeks")
                .doesNotContain("PID-SECRET-1");
        assertThat(store.findByAccession(accession).orElseThrow().recommendationId())
                .isEqualTo(id);
    }

    @Test
    void orderCheckWaiverRecheckAndCompliance() throws IOException {
        LocalDate day = TestDates.next();
        String accession = FreshStudy.newAccession();
        String recommendationId = recommend(accession, "sciatica 8 weeks, failed physio");
        FreshStudy s = study("lumbar-missing-axial-t2-siemens", accession, day);

        JsonPath report = check(s);
        assertThat(report.getString("order.link")).isEqualTo("ORDER_RECOMMENDATION");
        assertThat(report.getString("recommendationId")).isEqualTo(recommendationId);
        assertThat(report.getList("issues.code")).containsExactly("SEQUENCE_MISSING");

        JsonPath stored = given().when()
                .get("/api/v1/studies/" + s.studyInstanceUid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getString("study.effectiveVerdict")).isEqualTo("NON_CONFORMANT");
        assertThat(stored.getBoolean("study.compliant")).isFalse();
        assertThat(stored.getInt("study.openErrors")).isEqualTo(1);
        assertThat(stored.getString("study.studyDate")).isEqualTo(day.toString());
        assertThat(stored.getString("study.protocolId")).isEqualTo("deg-lumbar");
        assertThat(stored.getString("study.stationName")).isEqualTo("MR1");
        assertThat(stored.getString("latestReport.issues[0].sequenceId")).isEqualTo("ax-t2");
        assertThat(stored.getList("deviations.code")).containsExactly("SEQUENCE_MISSING");
        assertThat(stored.getList("deviations.status")).containsExactly("OPEN");
        assertThat(stored.getList("checks.trigger")).containsExactly("UPLOAD");
        String deviationId = stored.getString("deviations[0].id");

        given().contentType(ContentType.JSON)
                .body("{\"action\":\"WAIVE\",\"reviewer\":\"qa.jsmith\"}")
                .when()
                .post("/api/v1/studies/" + s.studyInstanceUid + "/deviations/" + deviationId + "/review")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("reason"))
                .body("errors[0].message", equalTo("is required to waive or reopen a deviation"));

        given().contentType(ContentType.JSON)
                .body(
                        "{\"action\":\"WAIVE\",\"reason\":\"Axial T2 not tolerated; sagittal sufficient\",\"reviewer\":\"qa.jsmith\"}")
                .when()
                .post("/api/v1/studies/" + s.studyInstanceUid + "/deviations/" + deviationId + "/review")
                .then()
                .statusCode(200)
                .body("status", equalTo("WAIVED"))
                .body("counts", equalTo(false))
                .body("reviewedBy", equalTo("qa.jsmith"));

        JsonPath waived = given().when()
                .get("/api/v1/studies/" + s.studyInstanceUid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(waived.getString("study.verdict")).isEqualTo("NON_CONFORMANT");
        assertThat(waived.getString("study.effectiveVerdict")).isEqualTo("CONFORMANT");
        assertThat(waived.getBoolean("study.compliant")).isTrue();
        assertThat(waived.getInt("study.waived")).isEqualTo(1);
        assertThat(waived.getInt("study.openErrors")).isZero();

        check(s);
        JsonPath rechecked = given().when()
                .get("/api/v1/studies/" + s.studyInstanceUid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(rechecked.getInt("study.checks")).isEqualTo(2);
        assertThat(rechecked.getList("deviations.id")).containsExactly(deviationId);
        assertThat(rechecked.getList("deviations.status")).containsExactly("WAIVED");
        assertThat(rechecked.getBoolean("study.compliant")).isTrue();
        assertThat(rechecked.getList("checks.trigger")).containsExactly("UPLOAD", "UPLOAD");

        String conformantAccession = FreshStudy.newAccession();
        recommend(conformantAccession, "sciatica 8 weeks");
        check(study("lumbar-conformant-siemens", conformantAccession, day));
        FreshStudy outOfRange = FreshStudy.of(
                "lumbar-parameters-out-of-range-ge",
                null,
                TestDates.da(day),
                "MR3",
                Files.createTempDirectory("study"));
        JsonPath noOrder = check(outOfRange);
        assertThat(noOrder.getString("order.link")).isEqualTo("NO_ORDER");
        assertThat(noOrder.getString("protocolId")).isEqualTo("deg-lumbar");
        assertThat(noOrder.getList("issues.code"))
                .containsExactly("PARAMETER_OUT_OF_RANGE", "PARAMETER_OUT_OF_RANGE", "NO_ORDER");

        String d = day.toString();
        JsonPath summary = given().queryParam("from", d)
                .queryParam("to", d)
                .when()
                .get("/api/v1/compliance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(summary.getInt("overall.studies")).isEqualTo(3);
        assertThat(summary.getInt("overall.compliantStudies")).isEqualTo(2);
        assertThat(summary.getDouble("overall.complianceRate")).isEqualTo(0.6667);
        assertThat(summary.getInt("overall.waivedDeviations")).isEqualTo(1);
        // issue 12: a parameter outside its range plus tolerance is an ERROR (was WARNING); NO_ORDER stays a WARNING
        assertThat(summary.getInt("overall.countedDeviations.WARNING")).isEqualTo(1);
        assertThat(summary.getInt("overall.countedDeviations.ERROR")).isEqualTo(2);
        assertThat(summary.getList("byProtocol.key")).containsExactly("deg-lumbar");
        assertThat(summary.getList("byStation.key")).containsExactly("MR1", "MR3");
        assertThat(summary.getList("byStation.studies")).containsExactly(2, 1);
        assertThat(summary.getList("byStation.compliantStudies")).containsExactly(2, 0);
        assertThat(summary.getList("byWeek.key")).containsExactly(ComplianceReport.week(day));
        assertThat(summary.getList("bySequence.key")).containsExactly("ax-t2", "sag-stir", "sag-t2");
        assertThat(summary.getList("bySequence.compliantStudies")).containsExactly(1, 0, 0);
        assertThat(summary.getList("byScanner.key"))
                .containsExactly(
                        "GE MEDICAL SYSTEMS | SIGNA Artist | 29\\LX\\RX29.1_R02_2131.a",
                        "SIEMENS | Aera | syngo MR E11");

        given().queryParam("from", d)
                .queryParam("to", d)
                .queryParam("order", "no_order")
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].studyInstanceUid", equalTo(outOfRange.studyInstanceUid))
                // issue 12: the two out-of-range parameters are ERRORs (were WARNINGs); NO_ORDER is the one warning
                .body("items[0].openWarnings", equalTo(1))
                .body("items[0].openErrors", equalTo(2))
                .body("items[0].effectiveVerdict", equalTo("NON_CONFORMANT"));
        given().queryParam("from", d)
                .queryParam("to", d)
                .queryParam("manufacturer", "siemens")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items", hasSize(1));
        given().queryParam("from", d)
                .queryParam("to", d)
                .queryParam("severity", "WARNING")
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        given().queryParam("from", d)
                .queryParam("to", d)
                .queryParam("verdict", "CONFORMANT")
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));

        String csv = given().queryParam("from", d)
                .queryParam("to", d)
                .queryParam("order", "NO_ORDER")
                .when()
                .get("/api/v1/deviations/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .startsWith(
                        "studyInstanceUid,accessionNumber,studyDate,stationName,manufacturer,model,softwareVersion,protocolId,deviationId,code");
        assertThat(lines.get(1))
                .startsWith(outOfRange.studyInstanceUid + ",," + d
                        + ",MR3,GE MEDICAL SYSTEMS,SIGNA Artist,29\\LX\\RX29.1_R02_2131.a,deg-lumbar,");
        assertThat(lines).filteredOn(l -> l.contains(",NO_ORDER,WARNING,")).hasSize(1);
        given().queryParam("from", d)
                .queryParam("to", d)
                .queryParam("format", "json")
                .when()
                .get("/api/v1/studies/export")
                .then()
                .statusCode(200)
                .body("size()", equalTo(3))
                .body("protocolId", contains("deg-lumbar", "deg-lumbar", "deg-lumbar"));
    }

    @Test
    void anOverrideWithAReasonChangesTheProtocolOfTheOrdersChecks() throws IOException {
        String accession = FreshStudy.newAccession();
        String recommendationId = recommend(accession, "sciatica 8 weeks");
        given().contentType(ContentType.JSON)
                .body("{\"protocolId\":\"infection-lumbar\",\"overriddenBy\":\"tech.mlopez\"}")
                .when()
                .post("/api/v1/orders/" + accession + "/override")
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        given().contentType(ContentType.JSON)
                .body("{\"protocolId\":\"no-such\",\"reason\":\"r\",\"overriddenBy\":\"tech.mlopez\"}")
                .when()
                .post("/api/v1/orders/" + accession + "/override")
                .then()
                .statusCode(400)
                .body("errors.field", contains("protocolId"))
                .body("errors[0].message", equalTo("unknown protocol"));
        given().contentType(ContentType.JSON)
                .body(
                        "{\"protocolId\":\"infection-lumbar\",\"reason\":\"Fever and raised CRP reported at arrival\",\"overriddenBy\":\"tech.mlopez\"}")
                .when()
                .post("/api/v1/orders/" + accession + "/override")
                .then()
                .statusCode(200)
                .body("recommendationId", equalTo(recommendationId))
                .body("recommendedProtocolId", equalTo("deg-lumbar"))
                .body("protocolInForce", equalTo("infection-lumbar"))
                .body("overrides", hasSize(1))
                .body("overrides[0].reason", equalTo("Fever and raised CRP reported at arrival"));
        given().when()
                .get("/api/v1/orders/" + accession)
                .then()
                .statusCode(200)
                .body("protocolInForce", equalTo("infection-lumbar"));

        JsonPath report = check(study("lumbar-conformant-siemens", accession, TestDates.next()));
        assertThat(report.getString("order.link")).isEqualTo("ORDER_OVERRIDE");
        assertThat(report.getString("order.overrideReason")).isEqualTo("Fever and raised CRP reported at arrival");
        assertThat(report.getString("order.overriddenBy")).isEqualTo("tech.mlopez");
        assertThat(report.getString("protocolId")).isEqualTo("infection-lumbar");
        assertThat(report.getString("recommendationId")).isEqualTo(recommendationId);

        given().when()
                .get("/api/v1/orders/NOSUCHORDER1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("ORDER_NOT_FOUND"));
        given().when()
                .get("/api/v1/orders/" + "A".repeat(17))
                .then()
                .statusCode(400)
                .body("errors.field", contains("accessionNumber"));
    }

    @Test
    void badQueriesIdsAndBodiesAreClear4xx() {
        given().queryParam("from", "2026-13-01")
                .queryParam("size", "0")
                .queryParam("protcol", "x")
                .queryParam("verdict", "GOOD")
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_QUERY"))
                .body("errors.field", contains("protcol", "from", "verdict", "size"))
                .body("errors[1].message", equalTo("'2026-13-01' is not a date (YYYY-MM-DD)"))
                .body("errors[3].message", equalTo("'0' is not between 1 and 500"));
        given().queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01")
                .when()
                .get("/api/v1/compliance")
                .then()
                .statusCode(400)
                .body("errors.field", contains("from"))
                .body("detail", equalTo("from: '2026-02-01' is after to '2026-01-01'"));
        given().queryParam("page", "x")
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("'x' is not a whole number"));
        given().queryParam("format", "xml")
                .when()
                .get("/api/v1/studies/export")
                .then()
                .statusCode(400)
                .body("errors.field", contains("format"));
        given().when()
                .get("/api/v1/studies/1.2.3.999999.424242")
                .then()
                .statusCode(404)
                .body("code", equalTo("STUDY_NOT_FOUND"));
        given().when()
                .get("/api/v1/studies/not-a-uid")
                .then()
                .statusCode(400)
                .body("errors.field", contains("studyInstanceUid"));
        given().contentType(ContentType.JSON)
                .body("{\"action\":\"WAIVE\",\"reason\":\"r\",\"reviewer\":\"q\"}")
                .when()
                .post("/api/v1/studies/1.2.3.999999.424242/deviations/00000000-0000-0000-0000-000000000000/review")
                .then()
                .statusCode(404)
                .body("code", equalTo("STUDY_NOT_FOUND"));
        given().contentType(ContentType.JSON)
                .body("{\"action\":\"SHRUG\",\"reviewer\":\"q\"}")
                .when()
                .post("/api/v1/studies/1.2.3/deviations/00000000-0000-0000-0000-000000000000/review")
                .then()
                .statusCode(400)
                .body("errors.field", contains("action"));
        given().contentType(ContentType.JSON)
                .body("{\"action\":\"WAIVE\",\"reason\":\"r\",\"reviewer\":\"q\"}")
                .when()
                .post("/api/v1/studies/1.2.3/deviations/nope/review")
                .then()
                .statusCode(400)
                .body("errors.field", contains("deviationId"));
    }

    @Test
    void anUnknownDeviationOfAKnownStudyIs404() throws IOException {
        FreshStudy s = study("lumbar-conformant-ge", null, TestDates.next());
        check(s);
        given().contentType(ContentType.JSON)
                .body("{\"action\":\"ACKNOWLEDGE\",\"reviewer\":\"q\"}")
                .when()
                .post("/api/v1/studies/" + s.studyInstanceUid
                        + "/deviations/00000000-0000-0000-0000-000000000000/review")
                .then()
                .statusCode(404)
                .body("code", equalTo("DEVIATION_NOT_FOUND"));
        given().when()
                .get("/api/v1/studies/" + s.studyInstanceUid)
                .then()
                .statusCode(200)
                .body("study.accessionNumber", nullValue())
                .body("study.orderLink", equalTo("NO_ORDER"));
    }
}

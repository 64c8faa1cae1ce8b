package org.mrpa.study;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;

/**
 * The check of a study by its order uses the order's protocolling decisions, end to end over HTTP: recommendation,
 * decision, upload of the study, report.
 */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class OrderDecisionCheckResourceTest {

    /** Pregnant, suspected discitis: post-contrast sequences only if a radiologist decides to give gadolinium. */
    static final String PREGNANT_INFECTION = """
            {"accessionNumber":"%s","indication":{"text":"suspected discitis L3-4, fever, raised CRP"},
             "patient":{"ageYears":31,"sex":"FEMALE","weightKg":70,"egfr":95,"pregnancy":"PREGNANT","gestationalWeeks":22},
             "scanner":{"scannerId":"MR1"}}""";

    /** An unidentified implant: goes to radiologist review. */
    static final String UNKNOWN_IMPLANT = """
            {"accessionNumber":"%s","indication":{"text":"sciatica 8 weeks, failed physio"},
             "patient":{"ageYears":60,"sex":"MALE","weightKg":80,"implants":[{"description":"metal clip, no card",
               "type":"OTHER","mrLabel":"UNKNOWN","location":"abdomen"}]},
             "scanner":{"scannerId":"MR1"}}""";

    static String order(String body) {
        String accession = FreshStudy.newAccession();
        given().contentType(ContentType.JSON)
                .body(body.formatted(accession))
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201);
        return accession;
    }

    static void decide(String accession, String body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/orders/" + accession + "/decisions")
                .then()
                .statusCode(200);
    }

    static ValidatableResponse check(String sample, String accession) throws IOException {
        FreshStudy s = FreshStudy.of(sample, accession, null, Files.createTempDirectory("study"));
        return given().multiPart("study", "study.zip", s.zip(), "application/zip")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(200)
                .body("order.link", equalTo("ORDER_RECOMMENDATION"));
    }

    @Test
    void aStudyOfAnOrderAwaitingTheGadoliniumDecisionIsWarnedAndItsContrastNotAccepted() throws IOException {
        String accession = order(PREGNANT_INFECTION);
        check("lumbar-infection-contrast-siemens", accession)
                .body("verdict", equalTo("NON_CONFORMANT"))
                .body(
                        "issues.code",
                        contains(
                                "RECOMMENDED_SEQUENCE_MISSING",
                                "CONTRAST_DECISION_NOT_RECORDED",
                                "CONTRAST_DECISION_NOT_RECORDED",
                                "ORDER_AWAITING_DECISION"))
                .body("issues.severity", contains("INFO", "WARNING", "WARNING", "WARNING"))
                .body("issues.seriesNumber", contains(null, "6", "7", null))
                .body("issues[3].expected", equalTo("decided [GADOLINIUM]"))
                .body("issues[3].actual", equalTo("AWAITING_DECISION"));
    }

    @Test
    void contrastGivenWhenTheRadiologistDecidedNotToGiveItIsASafetyDeviation() throws IOException {
        String accession = order(PREGNANT_INFECTION);
        decide(accession, """
                {"outcome":"DO_NOT_GIVE","reason":"Patient declined after discussion","decidedBy":"dr.akhan"}""");
        check("lumbar-infection-contrast-siemens", accession)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body("issueCounts.CRITICAL", equalTo(2))
                .body(
                        "issues.findAll { it.severity == 'CRITICAL' }.code",
                        contains("CONTRAST_GIVEN_AGAINST_DECISION", "CONTRAST_GIVEN_AGAINST_DECISION"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.seriesNumber", contains("6", "7"))
                .body(
                        "issues.findAll { it.severity == 'CRITICAL' }.expected",
                        contains("no contrast (DO_NOT_GIVE)", "no contrast (DO_NOT_GIVE)"))
                .body(
                        "issues.findAll { it.severity == 'CRITICAL' }.actual",
                        contains("gadobutrol 7 mL", "gadobutrol 7 mL"))
                .body("order.detail", containsString("decisions used: gadolinium DO_NOT_GIVE by dr.akhan"));
    }

    @Test
    void contrastGivenAsTheRadiologistDecidedIsConformant() throws IOException {
        String accession = order(PREGNANT_INFECTION);
        decide(accession, """
                {"outcome":"GIVE","agent":"gadobutrol","reason":"Epidural abscess must be excluded","decidedBy":"dr.akhan"}""");
        check("lumbar-infection-contrast-siemens", accession)
                .body("verdict", equalTo("CONFORMANT_WITH_NOTES"))
                .body("issues", hasSize(1))
                .body("issues[0].code", equalTo("RECOMMENDED_SEQUENCE_MISSING"))
                .body("issues[0].sequenceId", equalTo("ax-dwi"))
                .body("sequences.find { it.sequenceId == 'sag-t1c-fs' }.seriesNumber", equalTo("6"))
                .body("sequences.find { it.sequenceId == 'ax-t1c-fs' }.seriesNumber", equalTo("7"));
    }

    @Test
    void withGadoliniumGivenAStudyWithoutPostContrastSeriesMissesThem() throws IOException {
        String accession = order(PREGNANT_INFECTION);
        decide(accession, """
                {"outcome":"GIVE","agent":"gadobutrol","reason":"Epidural abscess must be excluded","decidedBy":"dr.akhan"}""");
        check("lumbar-conformant-siemens", accession)
                .body("verdict", equalTo("NON_CONFORMANT"))
                .body(
                        "issues.findAll { it.code == 'SEQUENCE_MISSING' }.sequenceId",
                        contains("sag-t1c-fs", "ax-t1c-fs"));
    }

    @Test
    void aStudyAcquiredAlthoughTheImplantWasDeclinedIsASafetyDeviation() throws IOException {
        String accession = order(UNKNOWN_IMPLANT);
        decide(accession, """
                {"outcome":"DECLINED","reason":"Clip type unknown; CT instead","decidedBy":"dr.bose"}""");
        check("lumbar-conformant-siemens", accession)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.code", contains("IMPLANT_DECLINED"))
                .body("issues.find { it.code == 'IMPLANT_DECLINED' }.expected", equalTo("no study (implant DECLINED)"));
    }

    /** SAR of the sample's series 3, 4 and 5 is 1.1, 1.2 and 1.0 W/kg: the approval's 1.0 W/kg limit is passed twice. */
    /** SAR of the sample's series 3, 4 and 5 is 1.1, 1.2 and 1.0 W/kg: the approval's 1.0 W/kg limit is passed twice. */
    @Test
    void anApprovedImplantsConditionsAreChecked() throws IOException {
        String accession = order(UNKNOWN_IMPLANT);
        decide(accession, """
                {"outcome":"APPROVED","constraints":{"allowedFieldStrengthsT":[1.5],"maxWholeBodySarWPerKg":1.0},
                 "reason":"Radiograph: surgical clip, non-ferromagnetic","decidedBy":"dr.akhan"}""");
        check("lumbar-conformant-siemens", accession)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body(
                        "issues.findAll { it.severity == 'CRITICAL' }.code",
                        contains("SAR_ABOVE_DEVICE_LIMIT", "SAR_ABOVE_DEVICE_LIMIT"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.seriesNumber", contains("3", "4"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.expected", contains("<= 1 W/kg", "<= 1 W/kg"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.actual", contains("1.1 W/kg", "1.2 W/kg"));
    }
}

package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screening words a referral uses, over HTTP: accepted, validated, and what they change in the answer. */
@QuarkusTest
class ScreeningRequestFieldsTest {

    private static final String IMPLANT = "{\"type\":\"PACEMAKER_ICD\",\"mrLabel\":\"NOT_MR_CONDITIONAL\",";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            contrast route        | {"indication":{"text":"lbp"},"contrastRoute":"ORAL"} | contrastRoute | 'ORAL' is not one of [IV, INTRATHECAL]
            label                 | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"LEGACY"}]}} | patient.implants[0].mrLabel | 'LEGACY' is not one of [MR_SAFE, MR_CONDITIONAL, MR_UNSAFE, NOT_MR_CONDITIONAL, UNKNOWN]
            in or near            | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"UNKNOWN","inOrNearImagedRegion":1}]}} | patient.implants[0].inOrNearImagedRegion | '1' must be true or false
            leads                 | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"UNKNOWN","abandonedOrFracturedLeads":"yes"}]}} | patient.implants[0].abandonedOrFracturedLeads | must be true or false
            future implant date   | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"UNKNOWN","implantDate":"2999-01-01"}]}} | patient.implants[0].implantDate | must be a date in the past or in the present
            by field, no field    | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"MR_CONDITIONAL","conditions":{"allowedFieldStrengthsT":[1.5],"byFieldStrength":[{"operatingModeLimit":"NORMAL"}]}}]}} | patient.implants[0].conditions.byFieldStrength[0].fieldStrengthT | must not be null
            by field, 50 T        | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"MR_CONDITIONAL","conditions":{"byFieldStrength":[{"fieldStrengthT":50}]}}]}} | patient.implants[0].conditions.byFieldStrength[0].fieldStrengthT | must be less than or equal to 11.7
            by field, head SAR 9  | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"MR_CONDITIONAL","conditions":{"byFieldStrength":[{"fieldStrengthT":3,"maxHeadSarWPerKg":9}]}}]}} | patient.implants[0].conditions.byFieldStrength[0].maxHeadSarWPerKg | must be less than or equal to 3.2
            by field, null entry  | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"MR_CONDITIONAL","conditions":{"byFieldStrength":[null]}}]}} | patient.implants[0].conditions.byFieldStrength[0] | must not be null
            reaction type         | {"indication":{"text":"lbp"},"patient":{"priorContrastReactions":[{"severity":"MILD","contrastClass":"GBCA","type":"ALLERGY"}]}} | patient.priorContrastReactions[0].type | 'ALLERGY' is not one of [ALLERGIC_LIKE, PHYSIOLOGIC]
            implant type          | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"PASSIVE","mrLabel":"UNKNOWN"}]}} | patient.implants[0].type | 'PASSIVE' is not one of [SPINAL_FUSION_HARDWARE, PACEMAKER_ICD, SPINAL_CORD_STIMULATOR, COCHLEAR_IMPLANT, BALLISTIC_FRAGMENT, PASSIVE_NEURO, PASSIVE_ORTHO, OTHER]
            """)
    void badValuesOfTheNewFieldsGetA400NamingTheField(String name, String body, String field, String message) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains(field))
                .body("errors.message", contains(message));
    }

    @Test
    void aReactionDescriptionOver500CharactersIsA400() {
        given().contentType(ContentType.JSON)
                .body(
                        "{\"indication\":{\"text\":\"lbp\"},\"patient\":{\"priorContrastReactions\":[{\"severity\":\"MILD\","
                                + "\"contrastClass\":\"GBCA\",\"description\":\"" + "x".repeat(501) + "\"}]}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(400)
                .body("errors.field", contains("patient.priorContrastReactions[0].description"))
                .body("errors.message", contains("size must be between 0 and 500"));
    }

    @Test
    void aLegacyPacemakerGoesToReviewWithCardiologyAndNamesCtMyelography() {
        given().contentType(ContentType.JSON)
                .body("{\"indication\":{\"text\":\"spinal stenosis, surgical candidate\"},\"patient\":{\"weightKg\":73,"
                        + "\"implants\":[" + IMPLANT + "\"location\":\"right chest\",\"implantDate\":\"2006-03-01\","
                        + "\"abandonedOrFracturedLeads\":false}]},\"scanner\":{\"scannerId\":\"MR1\"}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("feasible", equalTo(true))
                .body("implantSafety.decision", equalTo("RADIOLOGIST_REVIEW"))
                .body("alternativeImaging.modality", equalTo("CT_MYELOGRAPHY"))
                .body("flags", hasItem("CARDIOLOGY_REQUIRED"))
                .body("flags", hasItem("ALTERNATIVE_IMAGING_SUGGESTED"))
                .body("scanner.recommendedFieldStrengthT", equalTo(1.5f));
    }

    @Test
    void aPatientOverEveryTableIsNotFeasibleAndNoScannerIsRecommended() {
        given().contentType(ContentType.JSON)
                .body(
                        "{\"indication\":{\"text\":\"sciatica, failed physio\"},\"patient\":{\"ageYears\":44,\"sex\":\"MALE\",\"weightKg\":265},"
                                + "\"scanner\":{\"scannerId\":\"MR1\"}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("feasible", equalTo(false))
                .body("blockingReasons.code", contains("FEAS-TABLE-LIMIT"))
                .body("protocol.ifCleared", equalTo(true))
                .body("scanner.recommendedScannerId", nullValue())
                .body("scanner.recommendedFieldStrengthT", nullValue())
                .body("alternativeImaging.modality", equalTo("CT_MYELOGRAPHY"))
                .body("flags", contains("ALTERNATIVE_IMAGING_SUGGESTED", "TABLE_LIMIT_EXCEEDED"));
    }

    @Test
    void aPatientOverTheBookedTableIsScannedOnTheScannerThatTakesTheWeight() {
        given().contentType(ContentType.JSON)
                .body("{\"indication\":{\"text\":\"sciatica, failed physio\"},\"patient\":{\"weightKg\":220},"
                        + "\"scanner\":{\"scannerId\":\"MR2\"}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("feasible", equalTo(true))
                .body("blockingReasons", hasSize(0))
                .body("protocol.ifCleared", nullValue())
                .body("scanner.recommendedScannerId", equalTo("MR1"))
                .body("scanner.recommendedFieldStrengthT", equalTo(1.5f));
    }

    @Test
    void anExplicitEmptyListOfOtherFieldStrengthsOffersNoOtherScanner() {
        given().contentType(ContentType.JSON)
                .body("{\"indication\":{\"text\":\"sciatica, failed physio\"},\"patient\":{\"weightKg\":215},"
                        + "\"scanner\":{\"scannerId\":\"MR2\",\"availableFieldStrengthsT\":[]}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("feasible", equalTo(false))
                .body("scanner.availableFieldStrengthsT", contains(3.0f))
                .body("flags", hasItem("TABLE_LIMIT_EXCEEDED"));
    }

    @Test
    void anIntrathecalRouteIsFlaggedAndNeverOffered() {
        given().contentType(ContentType.JSON)
                .body("{\"indication\":{\"text\":\"sciatica, failed physio\"},\"contrastRoute\":\"INTRATHECAL\","
                        + "\"patient\":{\"weightKg\":70}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("flags", hasItem("INTRATHECAL_GBCA_NOT_APPROVED"))
                .body("gadolinium.intrathecalContraindicated", equalTo(true));
    }
}

package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RecommendationResourceTest {

    static final String LUMBAR = """
            {"accessionNumber":"ACC1001","indication":{"text":"Low back pain with left L5 radiculopahty for 8 weeks, failed physio"},
             "patient":{"ageYears":46,"sex":"MALE","weightKg":82,"egfr":90},"scanner":{"scannerId":"MR1"}}""";

    @Test
    void createsARecommendationAndReturnsItAgainById() {
        String id = given().contentType(ContentType.JSON)
                .body(LUMBAR)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/recommendations/[0-9a-f-]{36}"))
                .body("supported", equalTo(true))
                .body("accessionNumber", equalTo("ACC1001"))
                .body("catalogVersion", matchesPattern("sha256:[0-9a-f]{16}"))
                .body("protocol.id", equalTo("deg-lumbar"))
                .body("indication.family", equalTo("DEG_LUMBAR"))
                .body("indication.evidence.matched", contains("Low back pain", "radiculopahty"))
                .body("indication.evidence[1].corrected", equalTo(true))
                .body("sequences.id", contains("sag-t1", "sag-t2", "sag-stir", "ax-t2"))
                .body("sequences[2].parameters.inversionTimeMs.min", equalTo(140.0f))
                .body("sequences[2].parameters.inversionTimeMs.max", equalTo(170.0f))
                .body("coil.receive", contains("Posterior spine array"))
                .body("gadolinium.decision", equalTo("NOT_INDICATED"))
                .body("implantSafety.decision", equalTo("NOT_APPLICABLE"))
                .body("artifactReduction.marsRequired", equalTo(false))
                .body("flags", hasSize(0))
                .extract()
                .path("recommendationId");
        given().when()
                .get("/api/v1/recommendations/" + id)
                .then()
                .statusCode(200)
                .body("recommendationId", equalTo(id))
                .body("protocol.id", equalTo("deg-lumbar"));
    }

    @Test
    void infectionWithEgfr25() {
        given().contentType(ContentType.JSON)
                .body("""
                {"indication":{"text":"?spondilodiscitis L3/4, fever, no trauma","icd10Codes":["M46.46"]},
                 "patient":{"ageYears":67,"sex":"FEMALE","weightKg":70,"egfr":25,"pregnancy":"NOT_APPLICABLE"},"scanner":{"scannerId":"MR1"}}""")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("protocol.id", equalTo("infection-lumbar"))
                .body("indication.negated.matched", contains("trauma"))
                .body("gadolinium.decision", equalTo("GIVE"))
                .body("gadolinium.agentGroup", equalTo("ACR_II_MACROCYCLIC"))
                .body("gadolinium.agents[0].agent", equalTo("gadobutrol"))
                .body("gadolinium.agents[0].totalDoseMmol", equalTo(7.0f))
                .body("gadolinium.agents[0].volumeMl", equalTo(7.0f))
                .body("gadolinium.reasons.code", contains("GAD-NEED-REQUIRED", "GAD-EGFR-LT30", "GAD-LABEL-DOSE"))
                .body("gadolinium.reasons[1].sources", contains("S2"))
                .body("urgency.level", equalTo("URGENT"))
                .body("urgency.reasons.code", contains("URG-INFECTION"))
                .body("urgency.reasons[0].sources", contains("S15", "S28"))
                .body("protocol.coverage.sagittal.from", equalTo("T12"))
                .body("protocol.coverage.sagittal.to", equalTo("S2"))
                .body("protocol.coverage.wholeSpineSagittalScreen", equalTo(true))
                .body("protocol.coverage.reasons.code", contains("COV-INFECTION-SCREEN"))
                .body("flags", containsInAnyOrder("EGFR_BELOW_30", "DOCUMENT_RISK_BENEFIT", "URGENT"));
    }

    @Test
    void fusionHardwareOnA3TBookingIsReroutedWithMars() {
        given().contentType(ContentType.JSON)
                .body("""
                {"indication":{"text":"s/p L4-S1 fusion, new right leg pain"},
                 "patient":{"ageYears":58,"sex":"MALE","weightKg":90,"egfr":72,
                   "implants":[{"description":"pedicle screws","type":"SPINAL_FUSION_HARDWARE","mrLabel":"MR_CONDITIONAL","location":"L4-S1",
                     "conditions":{"allowedFieldStrengthsT":[1.5],"maxSpatialFieldGradientTPerM":20,"operatingModeLimit":"NORMAL","maxWholeBodySarWPerKg":2.0}}]},
                 "scanner":{"scannerId":"MR2"}}""")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("implantSafety.decision", equalTo("PROCEED_WITH_CONDITIONS"))
                .body("implantSafety.rerouteToFieldStrengthT", equalTo(1.5f))
                .body("implantSafety.constraints.operatingMode", equalTo("NORMAL"))
                .body("scanner.recommendedFieldStrengthT", equalTo(1.5f))
                .body("artifactReduction.marsRequired", equalTo(true))
                .body("artifactReduction.hardware[0].position", equalTo("IN_FOV"))
                .body("protocol.variants", contains("CONTRAST", "MARS"))
                .body(
                        "sequences.template",
                        contains("T1_TSE", "T2_TSE", "T2_DIXON", "T1_TSE", "T2_TSE", "T1_DIXON", "T1_DIXON"))
                .body("flags", containsInAnyOrder("REROUTE_TO_1_5T", "HARDWARE_IN_FOV"));
    }

    @Test
    void outOfScopeIndicationIsUnsupportedNotMapped() {
        given().contentType(ContentType.JSON)
                .body("{\"indication\":{\"text\":\"MRI brain for headache\"}}")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .body("supported", equalTo(false))
                .body("protocol", nullValue())
                .body("flags", contains("UNSUPPORTED_REGION"))
                .body("indication.outOfScope.matched", contains("brain"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            malformed JSON        | {"indication":{"text":"lbp"                                   | MALFORMED_JSON    | `(none)`                   | `(none)`
            trailing garbage      | {"indication":{"text":"lbp"}} x                               | MALFORMED_JSON    | `(none)`                   | `(none)`
            unknown enum value    | {"indication":{"text":"lbp"},"patient":{"sex":"MAN"}}        | VALIDATION_FAILED | patient.sex                | 'MAN' is not one of [FEMALE, MALE, OTHER, UNKNOWN]
            enum as number        | {"indication":{"text":"lbp"},"patient":{"dialysis":1}}       | VALIDATION_FAILED | patient.dialysis           | '1' is not one of [NONE, HEMODIALYSIS, PERITONEAL]
            unknown field         | {"indication":{"text":"lbp"},"patient":{"egrf":25}}          | VALIDATION_FAILED | patient.egrf               | unknown field 'egrf'
            number as string      | {"indication":{"text":"lbp"},"patient":{"egfr":"25"}}        | VALIDATION_FAILED | patient.egfr               | must be a number
            fraction for integer  | {"indication":{"text":"lbp"},"patient":{"gestationalWeeks":12.5}} | VALIDATION_FAILED | patient.gestationalWeeks | '12.5' must be a whole number
            boolean as number     | {"indication":{"text":"lbp"},"patient":{"breastfeeding":1}}  | VALIDATION_FAILED | patient.breastfeeding      | '1' must be true or false
            negative weight       | {"indication":{"text":"lbp"},"patient":{"weightKg":-3}}      | VALIDATION_FAILED | patient.weightKg           | must be greater than 0
            eGFR of 500           | {"indication":{"text":"lbp"},"patient":{"egfr":500}}         | VALIDATION_FAILED | patient.egfr               | must be less than or equal to 200
            missing indication    | {"patient":{}}                                                | VALIDATION_FAILED | indication                 | must not be null
            empty indication      | {"indication":{}}                                             | VALIDATION_FAILED | indication.textOrIcd10Codes | give text or icd10Codes
            bad ICD-10 code       | {"indication":{"icd10Codes":["banana"]}}                      | VALIDATION_FAILED | indication.icd10Codes[0]   | is not an ICD-10 code (e.g. M54.16)
            implant without label | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER"}]}} | VALIDATION_FAILED | patient.implants[0].mrLabel | must not be null
            null list element     | {"indication":{"text":"lbp"},"patient":{"priorContrastReactions":[null]}} | VALIDATION_FAILED | patient.priorContrastReactions[0] | must not be null
            null field strength   | {"indication":{"text":"lbp"},"patient":{"implants":[{"type":"OTHER","mrLabel":"MR_CONDITIONAL","conditions":{"allowedFieldStrengthsT":[null]}}]}} | VALIDATION_FAILED | patient.implants[0].conditions.allowedFieldStrengthsT[0] | must not be null
            gestation not pregnant| {"indication":{"text":"lbp"},"patient":{"pregnancy":"NOT_PREGNANT","gestationalWeeks":12}} | VALIDATION_FAILED | patient.gestationalWeeks | gestationalWeeks is only allowed when pregnancy is PREGNANT
            accession too long    | {"accessionNumber":"ABCDEFGHIJKLMNOPQ","indication":{"text":"lbp"}} | VALIDATION_FAILED | accessionNumber | size must be between 0 and 16
            unknown scanner       | {"indication":{"text":"lbp"},"scanner":{"scannerId":"MR9"}}  | VALIDATION_FAILED | scanner.scannerId          | 'MR9' is not a scanner of the site policy (known: [MR1, MR2])
            field strength 50 T   | {"indication":{"text":"lbp"},"scanner":{"fieldStrengthT":50}} | VALIDATION_FAILED | scanner.fieldStrengthT    | must be less than or equal to 11.7
            array body            | []                                                            | VALIDATION_FAILED | (body)                     | must be an object (key: value)
            """)
    void badInputGetsA400ProblemNamingTheField(String name, String body, String code, String field, String message) {
        var response = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo(code))
                .body("instance", equalTo("/api/v1/recommendations"));
        if (!field.equals("(none)")) {
            response.body("errors.field", contains(field)).body("errors.message", contains(message));
        }
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        given().contentType(ContentType.JSON)
                .body("""
                {"indication":{"icd10Codes":["M54.16","banana"]},"patient":{"weightKg":0,"egfr":-1,"implants":[{"type":"OTHER"}]}}""")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        contains(
                                "indication.icd10Codes[1]",
                                "patient.egfr",
                                "patient.implants[0].mrLabel",
                                "patient.weightKg"));
    }

    @Test
    void emptyBodyIsA400() {
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("(body)"));
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().contentType(ContentType.TEXT)
                .body("lbp")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void malformedIdIsA400AndUnknownIdA404() {
        given().when()
                .get("/api/v1/recommendations/not-an-id")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("id"));
        given().when()
                .get("/api/v1/recommendations/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RECOMMENDATION_NOT_FOUND"));
    }

    @Test
    void unknownPathAndMethodAreProblems() {
        given().when()
                .get("/api/v1/nothing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().when()
                .delete("/api/v1/protocols")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void locationHeaderPointsAtTheStoredRecommendation() {
        String location = given().contentType(ContentType.JSON)
                .body(LUMBAR)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("recommendationId", equalTo(location.substring(location.lastIndexOf('/') + 1)));
        org.hamcrest.MatcherAssert.assertThat(location, endsWith(location.substring(location.lastIndexOf('/'))));
    }
}

package org.mrpa.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;

/** Protocolling decisions on an order over HTTP: AWAITING_DECISION until a radiologist decides, then the decision. */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class OrderDecisionsResourceTest {

    /** Pregnant, suspected discitis: contrast is needed but pregnancy leaves gadolinium to a radiologist (§3.3). */
    static final String PREGNANT_INFECTION = """
            {"accessionNumber":"%s","indication":{"text":"suspected discitis L3-4, fever, raised CRP"},
             "patient":{"ageYears":31,"sex":"FEMALE","weightKg":70,"egfr":95,"pregnancy":"PREGNANT","gestationalWeeks":22},
             "scanner":{"scannerId":"MR1"}}""";

    /** An unidentified implant: its conditions cannot be verified, so the implant goes to radiologist review (§4.2). */
    static final String UNKNOWN_IMPLANT = """
            {"accessionNumber":"%s","indication":{"text":"sciatica 8 weeks, failed physio"},
             "patient":{"ageYears":60,"sex":"MALE","weightKg":80,"implants":[{"description":"metal clip, no card",
               "type":"OTHER","mrLabel":"UNKNOWN","location":"abdomen"}]},
             "scanner":{"scannerId":"MR1"}}""";

    static String recommend(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .path("recommendationId");
    }

    static io.restassured.response.ValidatableResponse decide(String accession, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/orders/" + accession + "/decisions")
                .then();
    }

    @Test
    void anOrderAwaitsTheGadoliniumDecisionUntilARadiologistGivesItWithARecommendedAgent() {
        String id = recommend(PREGNANT_INFECTION.formatted("DEC001"));
        given().when()
                .get("/api/v1/orders/DEC001")
                .then()
                .statusCode(200)
                .body("recommendationId", equalTo(id))
                .body("status", equalTo("AWAITING_DECISION"))
                .body("awaiting", contains("GADOLINIUM"))
                .body("decisions", empty());

        decide("DEC001", """
                {"outcome":"GIVE","agent":"Gadobutrol","reason":"Epidural abscess must be excluded","decidedBy":"dr.akhan"}""")
                .statusCode(200)
                .body("status", equalTo("READY"))
                .body("awaiting", empty())
                .body("decisions", hasSize(1))
                .body("decisions[0].kind", equalTo("GADOLINIUM"))
                .body("decisions[0].outcome", equalTo("GIVE"))
                .body("decisions[0].agent", equalTo("gadobutrol"))
                .body("decisions[0].recommendationId", equalTo(id))
                .body("decisions[0].reason", equalTo("Epidural abscess must be excluded"))
                .body("decisions[0].decidedBy", equalTo("dr.akhan"))
                .body("decisions[0].decidedAt", notNullValue())
                .body("decisions[0].constraints", nullValue());

        decide("DEC001", """
                {"outcome":"DO_NOT_GIVE","reason":"Patient declined after discussion","decidedBy":"dr.akhan"}""")
                .statusCode(200)
                .body("status", equalTo("READY"))
                .body("decisions", hasSize(2))
                .body("decisions[1].outcome", equalTo("DO_NOT_GIVE"))
                .body("decisions[1].agent", nullValue());
    }

    @Test
    void aDecisionThatDoesNotFitTheOpenQuestionIsRefusedNamingTheField() {
        recommend(PREGNANT_INFECTION.formatted("DEC002"));
        decide("DEC002", """
                {"outcome":"GIVE","reason":"needed","decidedBy":"dr.akhan"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("agent"))
                .body("detail", containsString("GIVE needs the agent, one of [gadobutrol"));
        decide("DEC002", """
                {"outcome":"GIVE","agent":"gadodiamide","reason":"needed","decidedBy":"dr.akhan"}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("agent"))
                .body("detail", containsString("'gadodiamide' is not one of the recommended agents"));
        decide("DEC002", """
                {"outcome":"DO_NOT_GIVE","agent":"gadobutrol","reason":"no","decidedBy":"dr.akhan"}""").statusCode(400).body("errors[0].field", equalTo("agent"));
        decide("DEC002", """
                {"outcome":"APPROVED","reason":"fine","decidedBy":"dr.akhan"}""")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DECISION_NOT_PENDING"))
                .body("detail", containsString("leaves no IMPLANT decision to a radiologist"));
        decide("DEC002", """
                {"outcome":"GIVE","agent":"gadobutrol","decidedBy":"dr.akhan"}""")
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("reason"));
        decide("DEC002", """
                {"outcome":"MAYBE","reason":"x","decidedBy":"dr.akhan"}""").statusCode(400).body("errors[0].field", equalTo("outcome"));
        decide("DEC002", """
                {"outcome":"GIVE","agent":"gadobutrol","reason":"x"}""").statusCode(400).body("errors[0].field", equalTo("decidedBy"));
        decide("DEC002", """
                {"outcome":"GIVE","outcome":"DO_NOT_GIVE","reason":"x","decidedBy":"dr.akhan"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Duplicate field 'outcome'"));
        decide("NOSUCHORDER", """
                {"outcome":"GIVE","agent":"gadobutrol","reason":"x","decidedBy":"dr.akhan"}""").statusCode(404).body("code", equalTo("ORDER_NOT_FOUND"));
        given().when()
                .get("/api/v1/orders/DEC002")
                .then()
                .body("status", equalTo("AWAITING_DECISION"))
                .body("decisions", empty());
    }

    @Test
    void anImplantReviewIsApprovedWithItsConditionsOrDeclined() {
        recommend(UNKNOWN_IMPLANT.formatted("DEC003"));
        given().when()
                .get("/api/v1/orders/DEC003")
                .then()
                .body("status", equalTo("AWAITING_DECISION"))
                .body("awaiting", contains("IMPLANT"));
        decide("DEC003", """
                {"outcome":"APPROVED","constraints":{"allowedFieldStrengthsT":[1.5],"operatingModeLimit":"NORMAL",
                 "maxWholeBodySarWPerKg":2.0},"reason":"Radiograph: surgical clip, non-ferromagnetic","decidedBy":"dr.akhan"}""")
                .statusCode(200)
                .body("status", equalTo("READY"))
                .body("decisions[0].kind", equalTo("IMPLANT"))
                .body("decisions[0].constraints.allowedFieldStrengthsT", contains(1.5f))
                .body("decisions[0].constraints.operatingModeLimit", equalTo("NORMAL"))
                .body("decisions[0].constraints.maxWholeBodySarWPerKg", equalTo(2.0f));
        decide("DEC003", """
                {"outcome":"DECLINED","constraints":{"maxWholeBodySarWPerKg":1.0},"reason":"x","decidedBy":"dr.akhan"}""").statusCode(400).body("errors[0].field", equalTo("constraints"));
        decide("DEC003", """
                {"outcome":"APPROVED","constraints":{"maxWholeBodySarWPerKg":9.0},"reason":"x","decidedBy":"dr.akhan"}""").statusCode(400).body("errors[0].field", equalTo("constraints.maxWholeBodySarWPerKg"));
        decide("DEC003", """
                {"outcome":"DECLINED","reason":"Clip type unknown on second look; CT instead","decidedBy":"dr.bose"}""")
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decisions", hasSize(2))
                .body("decisions[1].outcome", equalTo("DECLINED"));
    }
}

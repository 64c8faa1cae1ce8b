package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;

/** A check by protocol id keeps the safety context given in the request, and says when it ran without one. */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class SafetyContextCheckResourceTest {

    static ValidatableResponse check(String sample, String protocolId, String safetyContext) throws IOException {
        var request = given().multiPart("study", "study.zip", DicomUploadResourceTest.zip(sample), "application/zip")
                .multiPart("protocolId", protocolId);
        if (safetyContext != null) {
            request = request.multiPart("safetyContext", safetyContext);
        }
        return request.when().post("/api/v1/conformance-checks").then();
    }

    @Test
    void withoutASafetyContextTheReportSaysSo() throws IOException {
        check("lumbar-conformant-siemens", "deg-lumbar", null)
                .statusCode(200)
                .body("verdict", equalTo("NON_CONFORMANT"))
                .body("order.link", equalTo("REQUESTED_PROTOCOL"))
                .body("issues", hasSize(1))
                .body("issues[0].code", equalTo("NO_SAFETY_CONTEXT"))
                .body("issues[0].severity", equalTo("WARNING"))
                .body("issues[0].actual", equalTo("none given"));
    }

    @Test
    void withASafetyContextWithoutImplantsOrContrastAConformantStudyIsConformant() throws IOException {
        check("lumbar-conformant-siemens", "deg-lumbar", """
                {"implantConditions":[],"gadolinium":"DO_NOT_GIVE","marsRequired":false}""")
                .statusCode(200)
                .body("verdict", equalTo("CONFORMANT"))
                .body("issues", hasSize(0))
                .body(
                        "order.detail",
                        equalTo("Protocol deg-lumbar named in the request, with its safety context: 0 implant(s),"
                                + " gadolinium DO_NOT_GIVE, MARS not required"));
    }

    @Test
    void theImplantConditionsOfTheContextAreChecked() throws IOException {
        check("lumbar-conformant-siemens", "deg-lumbar", """
                {"implantConditions":[{"allowedFieldStrengthsT":[1.5],"maxWholeBodySarWPerKg":1.0}],
                 "gadolinium":"DO_NOT_GIVE","marsRequired":false}""")
                .statusCode(200)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body("issues.code", contains("SAR_ABOVE_DEVICE_LIMIT", "SAR_ABOVE_DEVICE_LIMIT"))
                .body("issues.seriesNumber", contains("3", "4"))
                .body("issues.severity", contains("CRITICAL", "CRITICAL"));
    }

    @Test
    void aGradientEchoLabelledScoutIsADeviationWhenTheContextRequiresMars() throws IOException {
        check("lumbar-gre-labelled-scout-siemens", "deg-lumbar", """
                {"implantConditions":[],"gadolinium":"DO_NOT_GIVE","marsRequired":true}""")
                .statusCode(200)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.code", contains("GRE_NEAR_METAL"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.seriesNumber", contains("6"));
    }

    @Test
    void contrastGivenAgainstTheContextsDecisionIsASafetyDeviation() throws IOException {
        check("lumbar-infection-contrast-siemens", "infection-lumbar", """
                {"implantConditions":[],"gadolinium":"DO_NOT_GIVE","marsRequired":false}""")
                .statusCode(200)
                .body("verdict", equalTo("SAFETY_DEVIATION"))
                .body(
                        "issues.findAll { it.severity == 'CRITICAL' }.code",
                        contains("CONTRAST_GIVEN_AGAINST_DECISION", "CONTRAST_GIVEN_AGAINST_DECISION"))
                .body("issues.findAll { it.severity == 'CRITICAL' }.seriesNumber", contains("6", "7"));
    }

    @Test
    void anInvalidOrMisplacedSafetyContextIs400NamingTheField() throws IOException {
        check("lumbar-conformant-siemens", "deg-lumbar", """
                {"implantConditions":[],"gadolinium":"MAYBE","marsRequired":false}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("safetyContext.gadolinium"));
        check("lumbar-conformant-siemens", "deg-lumbar", """
                {"implantConditions":[{"maxWholeBodySarWPerKg":9.0}],"gadolinium":"GIVE"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        contains(
                                "safetyContext.implantConditions[0].maxWholeBodySarWPerKg",
                                "safetyContext.marsRequired"));
        check("lumbar-conformant-siemens", "deg-lumbar", "{not json")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("safetyContext"));
        given().multiPart(
                        "study",
                        "study.zip",
                        DicomUploadResourceTest.zip("lumbar-conformant-siemens"),
                        "application/zip")
                .multiPart("safetyContext", """
                        {"implantConditions":[],"gadolinium":"GIVE","marsRequired":false}""")
                .when()
                .post("/api/v1/conformance-checks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("safetyContext"));
    }
}

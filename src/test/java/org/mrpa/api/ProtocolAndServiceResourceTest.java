package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProtocolAndServiceResourceTest {

    @Test
    void listsEveryProtocolFileOfTheCatalog() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(Path.of("protocols"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).count()
                    - org.mrpa.protocol.catalog.CatalogLoader.sharedFiles().split(", ").length;
        }
        given().when()
                .get("/api/v1/protocols")
                .then()
                .statusCode(200)
                .body("$", hasSize((int) files))
                .body("id", hasItems("deg-lumbar", "infection-lumbar", "mscc-whole-spine", "csf-leak-whole-spine"))
                .body("find { it.id == 'infection-lumbar' }.contrastNeed", equalTo("REQUIRED"));
    }

    @Test
    void oneProtocolHasItsSequencesResolvedForBothFieldStrengths() {
        given().when()
                .get("/api/v1/protocols/deg-cervical")
                .then()
                .statusCode(200)
                .body("family", equalTo("DEG_CERVICAL"))
                .body("sequences.id", contains("sag-t1", "sag-t2", "ax-t2", "ax-t2star"))
                .body("sequences[0].parameters.'1.5'.repetitionTimeMs.min", equalTo(400.0f))
                .body("sequences[0].parameters.'3'.repetitionTimeMs.max", equalTo(900.0f))
                .body("sequences[0].parameters.'1.5'.sliceThicknessMm.max", equalTo(3.0f))
                .body("sequences[0].parameters.'1.5'.pixelSizeMm.max", equalTo(1.0f))
                .body("sequences[3].mars.action", equalTo("OMIT"))
                .body("catalogVersion", containsString("sha256:"));
    }

    @Test
    void unknownProtocolIs404Problem() {
        given().when()
                .get("/api/v1/protocols/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PROTOCOL_NOT_FOUND"));
    }

    @Test
    void readinessReportsTheLoadedCatalog() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("protocol-catalog"))
                .body("checks.find { it.name == 'protocol-catalog' }.data.protocols", equalTo(27));
    }

    @Test
    void openApiDocumentsTheEndpointsAndTheVocabulary() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/recommendations"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/recommendations/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/protocols/{id}"))
                .body(
                        "components.schemas.Flag.enum",
                        hasItems("EGFR_BELOW_30", "REROUTE_TO_1_5T", "UNSUPPORTED_REGION"))
                .body(
                        "components.schemas.GadoliniumDecision.enum",
                        contains("NOT_INDICATED", "GIVE", "RADIOLOGIST_DECISION", "AVOID", "CONTRAINDICATED"))
                .body("components.schemas.Problem.properties", org.hamcrest.Matchers.hasKey("errors"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}

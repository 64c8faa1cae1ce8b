package org.mrpa.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.TcpProxy;

/**
 * PostgreSQL goes away and comes back: the API answers 503 problem+json meanwhile and recovers without a restart.
 * Runs when the suite runs against PostgreSQL (.ci/run does); H2 is embedded in the service's own process, so it
 * cannot be unavailable while the service runs.
 */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class DatabaseOutageTest {

    static final String BODY = "{\"accessionNumber\":\"OUTAGE1\",\"indication\":{\"text\":\"sciatica 8 weeks\"}}";

    @Test
    void apiAnswers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() {
        TcpProxy proxy = DatabaseProxyResource.proxy();
        Assumptions.assumeTrue(proxy != null, "runs against PostgreSQL only (-Dtest.postgresql-url)");
        given().contentType(ContentType.JSON).body(BODY).when().post("/api/v1/recommendations").then().statusCode(201);
        proxy.cut();
        try {
            given().contentType(ContentType.JSON).body(BODY).when().post("/api/v1/recommendations").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("code", equalTo("DATABASE_UNAVAILABLE"));
            given().when().get("/api/v1/studies").then().statusCode(503).body("code", equalTo("DATABASE_UNAVAILABLE"));
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            proxy.restore();
        }
        given().contentType(ContentType.JSON).body(BODY).when().post("/api/v1/recommendations").then().statusCode(201);
        given().when().get("/api/v1/studies").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}

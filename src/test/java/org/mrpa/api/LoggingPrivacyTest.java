package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Log lines name recommendations by id only: no accession number, no indication text, no patient data. */
@QuarkusTest
class LoggingPrivacyTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            Object[] params = r.getParameters();
            String msg = r.getMessage();
            if (params != null && msg != null && msg.contains("%")) {
                msg = String.format(msg, params);
            }
            lines.add(msg);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void attach() {
        Logger.getLogger("org.mrpa").addHandler(capture);
    }

    @AfterEach
    void detach() {
        Logger.getLogger("org.mrpa").removeHandler(capture);
    }

    @Test
    void recommendationLogLineCarriesTheIdButNoPatientData() {
        String id = given().contentType(ContentType.JSON)
                .body("""
                {"accessionNumber":"SECRETACC42","indication":{"text":"Jane Doe-Smithers sciatica 8 weeks"},
                 "patient":{"ageYears":58.5,"sex":"FEMALE","weightKg":71.3,"egfr":88,"pregnancy":"NOT_PREGNANT"}}""")
                .when()
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .path("recommendationId");
        List<String> mine =
                lines.stream().filter(l -> l != null && l.contains(id)).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0))
                .contains("protocol=deg-lumbar")
                .doesNotContain("SECRETACC42", "Doe", "Smithers", "71.3", "58.5");
        assertThat(lines).noneMatch(l -> l != null && (l.contains("SECRETACC42") || l.contains("Smithers")));
    }
}

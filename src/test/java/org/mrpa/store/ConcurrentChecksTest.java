package org.mrpa.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mrpa.testing.DatabaseProxyResource;
import org.mrpa.testing.FreshStudy;
import org.mrpa.testing.TestDates;

/** Checks of different studies and repeated checks of one study, all at once: no record duplicated or lost. */
@QuarkusTest
@QuarkusTestResource(DatabaseProxyResource.class)
class ConcurrentChecksTest {

    static final int STUDIES = 4;
    static final int REPEATS = 5;

    @Test
    void concurrentChecksNeverDuplicateOrLoseRecords() throws Exception {
        LocalDate day = TestDates.next();
        List<FreshStudy> studies = new ArrayList<>();
        List<byte[]> zips = new ArrayList<>();
        for (int i = 0; i < STUDIES; i++) {
            FreshStudy s = FreshStudy.of(
                    i % 2 == 0 ? "lumbar-missing-axial-t2-siemens" : "lumbar-parameters-out-of-range-ge",
                    null,
                    TestDates.da(day),
                    Files.createTempDirectory("concurrent"));
            studies.add(s);
            zips.add(s.zip());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            for (int i = 0; i < STUDIES; i++) {
                byte[] zip = zips.get(i);
                results.add(pool.submit(() -> given().multiPart("study", "study.zip", zip, "application/zip")
                        .when()
                        .post("/api/v1/conformance-checks")
                        .then()
                        .extract()
                        .statusCode()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).hasSize(STUDIES * REPEATS).containsOnly(200);

        given().queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .when()
                .get("/api/v1/studies")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(STUDIES));
        for (int i = 0; i < STUDIES; i++) {
            JsonPath study = given().when()
                    .get("/api/v1/studies/" + studies.get(i).studyInstanceUid)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(study.getInt("study.checks")).isEqualTo(REPEATS);
            assertThat(study.getList("checks")).hasSize(REPEATS);
            // missing axial T2: one deviation; out of range without order: two parameters and NO_ORDER
            assertThat(study.getList("deviations.code"))
                    .containsExactlyInAnyOrderElementsOf(
                            i % 2 == 0
                                    ? List.of("SEQUENCE_MISSING", "NO_ORDER")
                                    : List.of("PARAMETER_OUT_OF_RANGE", "PARAMETER_OUT_OF_RANGE", "NO_ORDER"));
        }
    }
}

package org.mrpa.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Randomised bad input (fixed seeds, so failures reproduce): mutated recommendation requests and mutated DICOM
 * files never get a 500, and every 4xx is problem+json.
 */
@QuarkusTest
class RobustnessTest {

    static final String VALID = """
            {"accessionNumber":"ACC1","indication":{"text":"s/p L4-S1 fusion, new leg pain, ?discitis","icd10Codes":["M46.46"],"regionHint":"LUMBAR"},
             "patient":{"ageYears":58,"sex":"FEMALE","weightKg":90,"egfr":25,"acuteKidneyInjury":false,"dialysis":"NONE","pregnancy":"UNKNOWN",
               "breastfeeding":false,"priorContrastReactions":[{"agent":"gadoterate","severity":"MILD","contrastClass":"GBCA"}],
               "implants":[{"description":"screws","type":"SPINAL_FUSION_HARDWARE","mrLabel":"MR_CONDITIONAL","location":"L4-S1","weeksSinceImplant":20,
                 "conditions":{"allowedFieldStrengthsT":[1.5],"maxSpatialFieldGradientTPerM":20,"operatingModeLimit":"NORMAL","maxWholeBodySarWPerKg":2.0,
                   "maxB1rmsMicroT":2.8,"minWeeksSinceImplant":6,"deviceMriModeRequired":false}}],
               "claustrophobia":"SEVERE","motionRisk":"HIGH"},
             "scanner":{"scannerId":"MR2","fieldStrengthT":3.0,"availableFieldStrengthsT":[1.5],"boreCm":60,"tableLimitKg":200,"licensedOptions":["DIXON"]}}""";

    static final String[] REPLACEMENTS = {
        "null",
        "-1",
        "0",
        "1e308",
        "-1e308",
        "\"\"",
        "\"x\"",
        "[]",
        "{}",
        "true",
        "12.5",
        "\"\\u0000\"",
        "\"" + "A".repeat(5000) + "\"",
        "[null]",
        "[{}]",
        "NaN",
        "\"M54.16\"",
        "\"MR9\""
    };

    @Test
    void mutatedRecommendationRequestsNeverGetA500() {
        Random random = new Random(20261121);
        int ok = 0;
        int bad = 0;
        for (int i = 0; i < 400; i++) {
            String body = mutate(VALID, random);
            Response r = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/recommendations");
            assertThat(r.statusCode())
                    .as("body: %s%nresponse: %s", body, r.asString())
                    .isIn(201, 400, 413, 415);
            if (r.statusCode() == 201) {
                ok++;
            } else {
                bad++;
                assertThat(r.contentType()).as(body).startsWith("application/problem+json");
                assertThat(r.asString()).doesNotContain("Exception", "\tat ");
            }
        }
        assertThat(ok).as("some mutations are still valid requests").isPositive();
        assertThat(bad).as("most mutations are rejected").isGreaterThan(100);
    }

    /** Replace a value, delete a character, or insert a stray character. */
    static String mutate(String json, Random random) {
        StringBuilder s = new StringBuilder(json);
        int kind = random.nextInt(3);
        if (kind == 0) {
            List<int[]> values = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ':') {
                    int end = i + 1;
                    int depth = 0;
                    boolean inString = false;
                    while (end < s.length()) {
                        char c = s.charAt(end);
                        if (c == '"' && s.charAt(end - 1) != '\\') {
                            inString = !inString;
                        } else if (!inString && (c == '[' || c == '{')) {
                            depth++;
                        } else if (!inString && (c == ']' || c == '}')) {
                            if (depth == 0) {
                                break;
                            }
                            depth--;
                        } else if (!inString && c == ',' && depth == 0) {
                            break;
                        }
                        end++;
                    }
                    values.add(new int[] {i + 1, end});
                }
            }
            int[] v = values.get(random.nextInt(values.size()));
            s.replace(v[0], v[1], REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
        } else if (kind == 1) {
            s.deleteCharAt(random.nextInt(s.length()));
        } else {
            s.insert(random.nextInt(s.length()), "{}[],:\"x0-".charAt(random.nextInt(10)));
        }
        return s.toString();
    }

    @Test
    void mutatedDicomFilesNeverGetA500() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("sample-dicom"))) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        Random random = new Random(42);
        for (int i = 0; i < 60; i++) {
            byte[] data = Files.readAllBytes(files.get(random.nextInt(files.size())));
            int mutations = 1 + random.nextInt(20);
            for (int m = 0; m < mutations; m++) {
                int at = 132 + random.nextInt(Math.min(data.length - 132, 2500));
                data[at] = (byte) random.nextInt(256);
            }
            if (random.nextBoolean()) {
                data = java.util.Arrays.copyOf(data, 132 + random.nextInt(data.length - 132));
            }
            Response r = given().multiPart("file", "mutated-" + i + ".dcm", data)
                    .multiPart("protocolId", "deg-lumbar")
                    .when()
                    .post("/api/v1/conformance-checks");
            assertThat(r.statusCode()).as("mutation %d: %s", i, r.asString()).isIn(200, 400);
            if (r.statusCode() == 400) {
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
        byte[] text = "definitely not DICOM".getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "x.dcm", text)
                .when()
                .post("/api/v1/dicom/headers")
                .then()
                .statusCode(200);
    }
}

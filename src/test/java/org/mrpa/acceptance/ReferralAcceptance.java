package org.mrpa.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The referral acceptance suite: every file under {@code src/test/resources/referrals/} (or {@code -Dreferrals.dir})
 * is sent to POST /api/v1/recommendations and its answer judged against the expectations written from the clinical
 * reference. Prints {@code referrals: N passed, M failed}, a table per category and every failure; fails on any
 * failure, and reports unsafe answers separately (they must be zero).
 */
@QuarkusTest
class ReferralAcceptance {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyReferralGetsTheAdviceTheReferenceGives() throws IOException {
        Score score = run();
        assertThat(score.unsafe()).as("unsafe answers (see the table above)").isZero();
        assertThat(score.failures())
                .as("referrals that failed (see the table above)")
                .isEmpty();
    }

    /** The outcome of one run of the suite. */
    record Score(int cases, int passed, int unsafe, List<String> failures) {}

    /** Sends every referral, judges every answer and prints the table and the score line. */
    static Score run() throws IOException {
        List<ReferralCase> cases = cases(Path.of(System.getProperty("referrals.dir", "src/test/resources/referrals")));
        assertThat(cases).as("referral files").isNotEmpty();
        Map<String, int[]> byCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int unsafe = 0;
        for (ReferralCase c : cases) {
            ReferralCase.Verdict v = c.judge(answer(c));
            int[] counts = byCategory.computeIfAbsent(c.category(), k -> new int[3]);
            counts[v.passed() ? 0 : 1]++;
            counts[2] += v.unsafe().size();
            unsafe += v.unsafe().size();
            if (v.passed()) {
                passed++;
            } else {
                List<String> all = new ArrayList<>(v.unsafe());
                all.addAll(v.failures());
                failures.add(c.id() + ": " + String.join("; ", all));
            }
        }
        System.out.println(report(byCategory, failures, unsafe, passed, cases.size()));
        return new Score(cases.size(), passed, unsafe, failures);
    }

    private static String report(
            Map<String, int[]> byCategory, List<String> failures, int unsafe, int passed, int cases) {
        StringBuilder report = new StringBuilder("\nReferral acceptance suite\n");
        report.append(String.format("%-14s %6s %6s %6s%n", "category", "passed", "failed", "unsafe"));
        byCategory.forEach((k, n) -> report.append(String.format("%-14s %6d %6d %6d%n", k, n[0], n[1], n[2])));
        failures.forEach(f -> report.append("  ").append(f).append('\n'));
        report.append("unsafe answers: ").append(unsafe).append('\n');
        report.append("referrals: ")
                .append(passed)
                .append(" passed, ")
                .append(cases - passed)
                .append(" failed\n");
        return report.toString();
    }

    private static JsonNode answer(ReferralCase c) throws IOException {
        Response r = given().contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(c.request()))
                .when()
                .post("/api/v1/recommendations");
        JsonNode body = JSON.readTree(r.asString());
        if (r.statusCode() != 201) {
            // a request the API refuses is an answer that meets no expectation; its problem is shown as the failure
            return JSON.createObjectNode()
                    .put("refused", r.statusCode() + " " + body.path("detail").asText());
        }
        return body;
    }

    static List<ReferralCase> cases(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<ReferralCase> out = new ArrayList<>();
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode n = YAML.readTree(f.toFile());
                out.add(new ReferralCase(
                        n.path("id").asText(), n.path("category").asText(), n.get("request"), n.get("expect")));
            }
            return out;
        }
    }
}

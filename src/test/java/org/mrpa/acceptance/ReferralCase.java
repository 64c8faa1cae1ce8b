package org.mrpa.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One referral of the acceptance suite (a file under {@code src/test/resources/referrals/}) and the judgement of an
 * answer against its expectations. Expectations are read from the file as written from the clinical reference; an
 * expectation the answer cannot show (a field it lacks) is a failure, never a pass.
 */
record ReferralCase(String id, String category, JsonNode request, JsonNode expect) {

    /** Vertebral levels from the craniocervical junction down, for coverage spans. */
    static final List<String> LEVELS = List.of(
            "CCJ", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
            "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5", "COCCYX");

    /** What an answer got wrong, and whether any of it is unsafe. */
    record Verdict(List<String> failures, List<String> unsafe) {
        boolean passed() {
            return failures.isEmpty() && unsafe.isEmpty();
        }
    }

    /** Judges one answer (the response body of POST /api/v1/recommendations) against this case. */
    Verdict judge(JsonNode answer) {
        List<String> failures = new ArrayList<>();
        if (answer.has("refused")) {
            failures.add("request refused: " + answer.get("refused").asText());
            return new Verdict(failures, List.of());
        }
        List<String> unsafe = unsafe(answer);
        if (!expect.path("supported").isMissingNode()) {
            same(failures, "supported", expect.get("supported").asText(), text(answer.path("supported")));
        }
        if (!expect.path("supported").asBoolean(true)) {
            flags(failures, answer);
            return new Verdict(failures, unsafe);
        }
        same(failures, "family", expect.path("family"), answer.path("protocol").path("family"));
        same(failures, "region", expect.path("region"), answer.path("protocol").path("region"));
        oneOf(
                failures,
                "urgency",
                expect,
                "urgency",
                "urgencyAcceptable",
                answer.path("urgency").path("level"));
        if (expect.has("feasible")) {
            same(failures, "feasible", expect.get("feasible").asText(), text(answer.path("feasible")));
        }
        coverage(failures, answer);
        sequences(failures, answer);
        oneOf(
                failures,
                "gadolinium",
                expect,
                "gadolinium",
                "gadoliniumAcceptable",
                answer.path("gadolinium").path("decision"));
        same(
                failures,
                "agentGroup",
                expect.path("agentGroup"),
                answer.path("gadolinium").path("agentGroup"));
        oneOf(
                failures,
                "implant",
                expect,
                "implant",
                "implantAcceptable",
                answer.path("implantSafety").path("decision"));
        if (expect.has("routeToFieldStrengthT")) {
            double want = expect.get("routeToFieldStrengthT").asDouble();
            JsonNode got = answer.path("scanner").path("recommendedFieldStrengthT");
            if (!got.isNumber() || Math.abs(got.asDouble() - want) > 0.05) {
                failures.add("routeToFieldStrengthT: expected " + want + ", got " + text(got));
            }
        }
        if (expect.has("mars")) {
            same(
                    failures,
                    "mars",
                    expect.get("mars").asText(),
                    text(answer.path("artifactReduction").path("marsRequired")));
        }
        flags(failures, answer);
        return new Verdict(failures, unsafe);
    }

    private List<String> unsafe(JsonNode answer) {
        List<String> unsafe = new ArrayList<>();
        JsonNode rules = expect.path("unsafeIf");
        String gad = answer.path("gadolinium").path("decision").asText("");
        if (contains(rules.path("gadolinium"), gad)) {
            unsafe.add("UNSAFE gadolinium " + gad);
        }
        String implant = answer.path("implantSafety").path("decision").asText("");
        if (contains(rules.path("implant"), implant)) {
            unsafe.add("UNSAFE implant " + implant);
        }
        JsonNode field = answer.path("scanner").path("recommendedFieldStrengthT");
        for (JsonNode t : rules.path("fieldStrengthT")) {
            if (field.isNumber() && Math.abs(field.asDouble() - t.asDouble()) < 0.05 && !infeasible(answer)) {
                unsafe.add("UNSAFE routed to " + field.asDouble() + " T");
            }
        }
        return unsafe;
    }

    /** An answer that says the scan cannot happen recommends no scanner, so its field strength routes nobody. */
    private static boolean infeasible(JsonNode answer) {
        return answer.path("feasible").isBoolean() && !answer.path("feasible").asBoolean();
    }

    private void coverage(List<String> failures, JsonNode answer) {
        JsonNode want = expect.path("coverage");
        JsonNode got = answer.path("protocol").path("coverage");
        JsonNode span = want.path("sagittal");
        if (span.has("from")) {
            String from = got.path("sagittal").path("from").asText("");
            String to = got.path("sagittal").path("to").asText("");
            boolean covers = level(from) >= 0
                    && level(to) >= 0
                    && level(from) <= level(span.get("from").asText())
                    && level(to) >= level(span.get("to").asText());
            if (!covers) {
                failures.add("coverage.sagittal: expected to include "
                        + span.get("from").asText() + "-" + span.get("to").asText() + ", got "
                        + (from.isEmpty() ? "none" : from + "-" + to));
            }
        }
        if (want.has("wholeSpineSagittalScreen")) {
            same(
                    failures,
                    "coverage.wholeSpineSagittalScreen",
                    want.get("wholeSpineSagittalScreen").asText(),
                    text(got.path("wholeSpineSagittalScreen")));
        }
    }

    private void sequences(List<String> failures, JsonNode answer) {
        JsonNode want = expect.path("sequences");
        List<JsonNode> planned = new ArrayList<>();
        answer.path("sequences").forEach(planned::add);
        for (JsonNode token : want.path("mustHave")) {
            if (planned.stream().noneMatch(s -> fulfils(s, token.asText()))) {
                failures.add("sequence missing: " + token.asText());
            }
        }
        for (JsonNode token : want.path("mustNotHave")) {
            planned.stream()
                    .filter(s -> fulfils(s, token.asText()))
                    .findFirst()
                    .ifPresent(s -> failures.add("sequence not wanted: " + token.asText() + " ("
                            + s.path("id").asText() + ")"));
        }
        if (want.path("firstPostContrastAfterAllPre").asBoolean(false)) {
            boolean seenPost = false;
            for (JsonNode s : planned) {
                boolean post = "POST".equals(s.path("contrastPhase").asText());
                if (seenPost && !post) {
                    failures.add("sequence order: PRE " + s.path("id").asText() + " after a POST sequence");
                }
                seenPost |= post;
            }
        }
    }

    /**
     * True when a planned sequence fulfils a "PLANE WEIGHTING" token: FLUID_FS is met by STIR, FLUID_FS or a fat-
     * suppressed T2 (§1.2), T1C by T1C_FS, T2STAR by any T2* GRE; otherwise plane and weighting must be the token's.
     */
    static boolean fulfils(JsonNode sequence, String token) {
        String[] parts = token.trim().split("\\s+", 2);
        String plane = sequence.path("plane").asText();
        String weighting = sequence.path("weighting").asText();
        String fs = sequence.path("fatSuppression").asText("NONE");
        if (!parts[0].equals(plane)) {
            return false;
        }
        return switch (parts[1]) {
            case "FLUID_FS" ->
                Set.of("STIR", "FLUID_FS").contains(weighting) || ("T2".equals(weighting) && !"NONE".equals(fs));
            case "T1C" -> Set.of("T1C", "T1C_FS").contains(weighting);
            default -> parts[1].equals(weighting);
        };
    }

    private void flags(List<String> failures, JsonNode answer) {
        List<String> got = new ArrayList<>();
        answer.path("flags").forEach(f -> got.add(f.asText()));
        for (JsonNode f : expect.path("flags").path("mustHave")) {
            if (!got.contains(f.asText())) {
                failures.add("flag missing: " + f.asText());
            }
        }
        for (JsonNode f : expect.path("flags").path("mustNotHave")) {
            if (got.contains(f.asText())) {
                failures.add("flag not wanted: " + f.asText());
            }
        }
    }

    private static void oneOf(
            List<String> failures, String what, JsonNode expect, String key, String acceptableKey, JsonNode got) {
        if (!expect.has(key)) {
            return;
        }
        List<String> allowed = new ArrayList<>(List.of(expect.get(key).asText()));
        expect.path(acceptableKey).forEach(a -> allowed.add(a.asText()));
        if (!allowed.contains(text(got))) {
            failures.add(what + ": expected " + String.join(" or ", allowed) + ", got " + text(got));
        }
    }

    private static void same(List<String> failures, String what, JsonNode want, JsonNode got) {
        if (!want.isMissingNode() && !want.isNull()) {
            same(failures, what, want.asText(), text(got));
        }
    }

    private static void same(List<String> failures, String what, String want, String got) {
        if (!want.equals(got)) {
            failures.add(what + ": expected " + want + ", got " + got);
        }
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode v : list) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "(absent)" : n.asText();
    }

    static int level(String name) {
        return LEVELS.indexOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}

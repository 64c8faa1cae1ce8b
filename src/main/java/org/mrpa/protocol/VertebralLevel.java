package org.mrpa.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Vertebral levels C1 to S5 in cranio-caudal order, and the levels each region covers. */
public final class VertebralLevel {

    private static final List<String> LEVELS = List.of(
            "C1", "C2", "C3", "C4", "C5", "C6", "C7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10",
            "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5");

    private VertebralLevel() {}

    /** Position of a level such as "L4" (0 = C1), if it is one. */
    public static Optional<Integer> index(String level) {
        int i = LEVELS.indexOf(level.trim().toUpperCase(Locale.ROOT));
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    private static final java.util.regex.Pattern LEVEL_EXPR = java.util.regex.Pattern.compile(
            "\\b([CTLS])(\\d{1,2})(?:\\s*[-/]\\s*([CTLS])?(\\d{1,2}))?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The span of every vertebral level written in a text ("L4-S1", "C5-6", "T11/12", "L5"), as {first, last}
     * level index, if the text names any.
     */
    public static Optional<int[]> span(String text) {
        if (text == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = LEVEL_EXPR.matcher(text);
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        while (m.find()) {
            Optional<Integer> a = index(m.group(1) + m.group(2));
            if (a.isEmpty()) {
                continue;
            }
            int first = a.get();
            int last = first;
            if (m.group(4) != null) {
                Optional<Integer> b = index((m.group(3) != null ? m.group(3) : m.group(1)) + m.group(4));
                if (b.isPresent()) {
                    last = b.get();
                }
            }
            lo = Math.min(lo, Math.min(first, last));
            hi = Math.max(hi, Math.max(first, last));
        }
        return lo == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new int[] {lo, hi});
    }

    public static String name(int index) {
        return LEVELS.get(Math.max(0, Math.min(LEVELS.size() - 1, index)));
    }

    public static int count() {
        return LEVELS.size();
    }

    /**
     * The levels a region's field of view covers (anatomy, not policy): cervical C1-T1, thoracic T1-L1,
     * lumbar T12-S2, cervicothoracic C1-L1, thoracolumbar T10-L2 (T11-L1 and one level either side,
     * §1.5), whole spine and paraspinal (level unknown) C1-S5, sacroiliac joints L5-S5.
     *
     * @return {first, last} level index
     */
    public static int[] coverage(Region region) {
        return switch (region) {
            case CERVICAL -> span("C1", "T1");
            case THORACIC -> span("T1", "L1");
            case LUMBAR -> span("T12", "S2");
            case CERVICOTHORACIC -> span("C1", "L1");
            case THORACOLUMBAR -> span("T10", "L2");
            case SIJ -> span("L5", "S5");
            case WHOLE_SPINE, PARASPINAL -> span("C1", "S5");
        };
    }

    private static int[] span(String from, String to) {
        return new int[] {LEVELS.indexOf(from), LEVELS.indexOf(to)};
    }
}

package org.mrpa.recommendation;

import java.util.List;
import java.util.Optional;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.UrgencyCue;
import org.mrpa.protocol.VertebralLevel;

/** The levels a recommended protocol images (clinical reference §1.5), from the family, the cues and the levels named. */
final class CoverageRule {

    private static final String AXIAL_SENTENCE = "the affected levels and one level above and below";
    private static final int C1 = 0;
    private static final int T12 = VertebralLevel.index("T12").orElseThrow();
    private static final int L1 = VertebralLevel.index("L1").orElseThrow();
    private static final int S1 = VertebralLevel.index("S1").orElseThrow();

    private final boolean cesWholeSpineScreen;

    /** @param cesWholeSpineScreen site policy [LOCAL] §1.5 (S27): add a whole-spine sagittal screen for suspected CES */
    CoverageRule(boolean cesWholeSpineScreen) {
        this.cesWholeSpineScreen = cesWholeSpineScreen;
    }

    /**
     * The coverage of a supported indication.
     *
     * @param match the matched indication (family, protocol region, urgency cues)
     * @param text  the referral text, for the vertebral levels it names (null when only codes were sent)
     */
    Coverage assess(IndicationMatch match, String text) {
        Optional<int[]> named = VertebralLevel.span(text);
        Family family = match.family();
        Region region = match.region();
        if (family == Family.MYELOPATHY) {
            return cord(named);
        }
        if (match.urgencyCues().containsKey(UrgencyCue.CAUDA_EQUINA)) {
            return caudaEquina(named);
        }
        if (family == Family.INFECTION) {
            return coverage(
                    regional(region, named),
                    named,
                    true,
                    Reason.of(
                            ReasonCode.COV_INFECTION_SCREEN,
                            "Spinal infection: the symptomatic region with a sagittal screen of the whole spine for skip "
                                    + "lesions and multilevel abscess [TYPICAL]; FOV includes psoas and paravertebral tissues.",
                            "§1.5",
                            "S28"));
        }
        boolean focal = family == Family.TUMOR && !match.urgencyCues().containsKey(UrgencyCue.CANCER);
        if (focal && named.isPresent()) {
            return coverage(
                    widened(named.get()),
                    named,
                    false,
                    Reason.of(
                            ReasonCode.COV_FOCAL_LESION,
                            "Focal lesion without a known primary: the region of the lesion with post-contrast in two planes, "
                                    + "no whole-spine survey.",
                            "§1.5",
                            "S15"));
        }
        return general(family, region, named);
    }

    /** Suspected CES: L1-S1 (and any named levels), whole-spine sagittal screen by site policy (S27 [LOCAL]). */
    private Coverage caudaEquina(Optional<int[]> named) {
        int[] lumbar = union(new int[] {L1, S1}, named.map(CoverageRule::widened));
        String screen = cesWholeSpineScreen ? " plus a sagittal T2 screen of the whole spine [LOCAL]." : ".";
        Reason reason = Reason.of(
                        ReasonCode.COV_CES,
                        "Suspected cauda equina syndrome: lumbosacral spine in full" + screen,
                        "§1.5",
                        "S27")
                .bySitePolicy("referrals.cesWholeSpineScreen");
        return coverage(lumbar, named, cesWholeSpineScreen, reason);
    }

    /** Whole-spine families and surveys, paraspinal studies by their levels, else the region's default span. */
    private static Coverage general(Family family, Region region, Optional<int[]> named) {
        if (region == Region.WHOLE_SPINE && (family != Family.HEMATOMA || named.isEmpty())) {
            return coverage(
                    VertebralLevel.coverage(region),
                    named,
                    false,
                    Reason.of(
                            ReasonCode.COV_WHOLE_SPINE,
                            "Whole-spine study (MSCC, known primary with suspected metastases, myeloma, or a whole-spine "
                                    + "protocol).",
                            "§1.5",
                            "S15",
                            "S16"));
        }
        int[] span = region == Region.PARASPINAL || region == Region.WHOLE_SPINE
                ? named.map(CoverageRule::widened).orElse(VertebralLevel.coverage(region))
                : regional(region, named);
        return coverage(
                span,
                named,
                false,
                Reason.of(
                        ReasonCode.COV_REGION,
                        "The " + region
                                + " region, extended to the levels the referral names and one level above and below.",
                        "§1.5"));
    }

    /** Myelopathy: from the craniocervical junction to the lowest named level; without one, cervical and thoracic cord. */
    private static Coverage cord(Optional<int[]> named) {
        if (named.isPresent()) {
            int to = Math.min(named.get()[1] + 1, VertebralLevel.count() - 1);
            return coverage(
                    new int[] {C1, to},
                    named,
                    false,
                    Reason.of(
                            ReasonCode.COV_SENSORY_LEVEL,
                            "A sensory level localises at or below the lesion: from the craniocervical junction down to "
                                    + VertebralLevel.name(to) + " [TYPICAL].",
                            "§1.5"));
        }
        return coverage(
                new int[] {C1, T12},
                named,
                false,
                Reason.of(
                        ReasonCode.COV_CORD_NO_LEVEL,
                        "Myelopathy or cord signs without a localising level: cervical and thoracic cord.",
                        "§1.5",
                        "S15"));
    }

    private static int[] regional(Region region, Optional<int[]> named) {
        return union(VertebralLevel.coverage(region), named.map(CoverageRule::widened));
    }

    private static int[] union(int[] span, Optional<int[]> other) {
        return other.map(o -> new int[] {Math.min(span[0], o[0]), Math.max(span[1], o[1])})
                .orElse(span);
    }

    /** The named levels and one level above and below. */
    private static int[] widened(int[] span) {
        return new int[] {Math.max(0, span[0] - 1), Math.min(VertebralLevel.count() - 1, span[1] + 1)};
    }

    private static Coverage coverage(int[] span, Optional<int[]> named, boolean screen, Reason reason) {
        String axial = named.map(CoverageRule::widened)
                .map(n -> VertebralLevel.name(n[0]) + "-" + VertebralLevel.name(n[1]) + " (" + AXIAL_SENTENCE + ")")
                .orElse(AXIAL_SENTENCE);
        return new Coverage(
                new Coverage.Span(VertebralLevel.name(span[0]), VertebralLevel.name(span[1])),
                axial,
                screen,
                List.of(reason));
    }
}

package org.mrpa.conformance;

import java.util.List;
import org.mrpa.dicom.AcquiredContrastPhase;
import org.mrpa.dicom.MeasuredValue;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.SeriesClassifier;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Weighting;

/**
 * Whether an acquired series can be an expected sequence, by plane, weighting, fat suppression and contrast phase,
 * never by description; and whether it counts at all (localizers and derived series do not, subtractions do).
 */
final class SeriesMatch {

    private SeriesMatch() {}

    /**
     * How well a series fits an expected sequence: -1 when it cannot be that sequence; higher for exact fat
     * suppression and a recorded contrast phase.
     */
    static int score(ExpectedProtocol.Sequence seq, SeriesHeader s) {
        if (!planeFits(seq.plane(), s.plane())) {
            return -1;
        }
        return scoreInAnyPlane(seq, s);
    }

    /** As {@link #score}, whatever the plane (a series in a known plane only): for series in the wrong plane. */
    static int scoreInAnyPlane(ExpectedProtocol.Sequence seq, SeriesHeader s) {
        if (s.plane() == null || !weightingFits(seq.weighting(), s)) {
            return -1;
        }
        int score = 1;
        if (seq.fatSuppression() == s.fatSuppression()) {
            score += 2;
        }
        if (seq.phase() == ContrastPhase.PRE && s.contrastPhase() == AcquiredContrastPhase.POST) {
            return -1;
        }
        if (seq.phase() == ContrastPhase.POST && s.contrastPhase() == AcquiredContrastPhase.PRE) {
            return -1;
        }
        if ((seq.phase() == ContrastPhase.POST) == (s.contrastPhase() == AcquiredContrastPhase.POST)) {
            score += 2;
        }
        return score;
    }

    /**
     * Evidence that a series was acquired after contrast: an agent, a bolus usage flag, or a post-contrast description
     * together with a pre-contrast twin (same plane, class and fat suppression, not post-contrast) in the study.
     */
    static boolean contrastDocumented(SeriesHeader s, List<SeriesHeader> study) {
        if (s.contrastPhase() != AcquiredContrastPhase.POST) {
            return false;
        }
        boolean byDescriptionOnly = s.contrastAgent() == null
                && s.evidence() != null
                && s.evidence().stream().anyMatch(e -> e.endsWith(SeriesClassifier.POST_CONTRAST_BY_DESCRIPTION));
        if (!byDescriptionOnly) {
            return true;
        }
        return study.stream()
                .anyMatch(t -> t != s
                        && t.contrastPhase() != AcquiredContrastPhase.POST
                        && t.plane() == s.plane()
                        && t.classification() == s.classification()
                        && t.fatSuppression() == s.fatSuppression());
    }

    /** Localizers and derived series are not acquisitions of the protocol, except subtraction series. */
    static boolean counted(SeriesHeader s) {
        if (s.classification() == SeriesClass.LOCALIZER) {
            return false;
        }
        if (s.classification() == SeriesClass.DERIVED) {
            return subtraction(s);
        }
        return true;
    }

    private static boolean planeFits(Plane expected, Plane acquired) {
        if (acquired == null) {
            return false;
        }
        return switch (expected) {
            case SAG -> acquired == Plane.SAG;
            case AX, SEMIAX -> acquired == Plane.AX;
            case COR, SEMICOR -> acquired == Plane.COR;
        };
    }

    private static boolean weightingFits(Weighting w, SeriesHeader s) {
        SeriesClass c = s.classification();
        FatSuppression fs = s.fatSuppression();
        boolean dixonT1 = c == SeriesClass.DIXON_WATER && tr(s) != null && tr(s) < 1500;
        boolean dixonT2 = c == SeriesClass.DIXON_WATER && !dixonT1;
        return switch (w) {
            case T1 -> (t1(c) || c == SeriesClass.T1_FLAIR) && fs == FatSuppression.NONE;
            case T1C -> t1(c) || c == SeriesClass.T1_FLAIR || dixonT1;
            case T1_FS, T1C_FS -> (t1(c) && (fs == FatSuppression.SPECTRAL || fs == FatSuppression.DIXON)) || dixonT1;
            case T2 -> c == SeriesClass.T2 && fs == FatSuppression.NONE;
            case FLUID_FS -> c == SeriesClass.STIR || (c == SeriesClass.T2 && fs != FatSuppression.NONE) || dixonT2;
            case STIR -> c == SeriesClass.STIR;
            case PD -> c == SeriesClass.PD;
            case T2STAR -> c == SeriesClass.GRE;
            case DWI -> c == SeriesClass.DWI;
            case T1_3D_GRE -> t1(c) || c == SeriesClass.GRE;
            case T2_3D_HEAVY -> c == SeriesClass.T2;
            case SUBTRACTION -> c == SeriesClass.DERIVED && subtraction(s);
        };
    }

    /** T1-weighted: spin echo or prepared T1, or a T1-weighted gradient echo. */
    private static boolean t1(SeriesClass c) {
        return c == SeriesClass.T1 || c == SeriesClass.T1_GRE;
    }

    private static boolean subtraction(SeriesHeader s) {
        return s.imageType() != null
                && (s.imageType().contains("SUBTRACTION") || s.imageType().contains("SUB"));
    }

    private static Double tr(SeriesHeader s) {
        MeasuredValue v = s.parameters().get("RepetitionTime");
        return v == null ? null : v.values().get(0);
    }
}

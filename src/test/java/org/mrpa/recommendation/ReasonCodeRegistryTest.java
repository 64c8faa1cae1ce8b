package org.mrpa.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.screening.BookedScanner;
import org.mrpa.screening.Claustrophobia;
import org.mrpa.screening.ContrastClass;
import org.mrpa.screening.Dialysis;
import org.mrpa.screening.Implant;
import org.mrpa.screening.ImplantType;
import org.mrpa.screening.MotionRisk;
import org.mrpa.screening.MrConditions;
import org.mrpa.screening.MrLabel;
import org.mrpa.screening.OperatingMode;
import org.mrpa.screening.PatientScreening;
import org.mrpa.screening.PregnancyStatus;
import org.mrpa.screening.PriorReaction;
import org.mrpa.screening.ReactionSeverity;
import org.mrpa.screening.Sex;

/**
 * {@link ReasonCode} is the registry of every code the engine emits: every code in the output of a broad corpus of
 * recommendations (reasons of every section, sequence changes, omitted-sequence rules) is registered, and every
 * registered code is emitted by the corpus (none is stale).
 */
class ReasonCodeRegistryTest {

    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));

    @Test
    void everyCodeTheEngineEmitsIsRegisteredAndEveryRegisteredCodeIsEmitted() {
        Set<String> emitted = new TreeSet<>();
        for (SitePolicy policy : List.of(CATALOG.sitePolicy(), otherStances(CATALOG.sitePolicy()))) {
            RecommendationService service = service(policy);
            List<PatientScreening> patients = patients();
            List<BookedScanner> scanners = scanners();
            for (int t = 0; t < INDICATIONS.size(); t++) {
                for (int p = 0; p < patients.size(); p++) {
                    BookedScanner scanner = scanners.get((t + p) % scanners.size());
                    emitted.addAll(codes(service.recommend(
                            new RecommendationRequest("ACC1", INDICATIONS.get(t), patients.get(p), scanner, null))));
                }
            }
        }
        Set<String> unregistered =
                emitted.stream().filter(c -> ReasonCode.of(c).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unregistered).as("codes emitted but not in ReasonCode").isEmpty();
        Set<String> registered =
                Arrays.stream(ReasonCode.values()).map(ReasonCode::code).collect(Collectors.toCollection(TreeSet::new));
        registered.removeAll(emitted);
        assertThat(registered).as("codes in ReasonCode that no example emits").isEmpty();
    }

    @Test
    void everyMetalArtifactRuleOfTheTemplatesIsARegisteredCode() {
        assertThat(CATALOG.templates().values())
                .allSatisfy(t ->
                        assertThat(ReasonCode.of(t.mars().rule())).as(t.id()).isPresent());
    }

    @Test
    void codesAreUniqueAndLookedUpByTheirText() {
        assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::code))
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[A-Z0-9_]+(-[A-Z0-9_]+)+"));
        assertThat(ReasonCode.of("GAD-EGFR-LT30")).contains(ReasonCode.GAD_EGFR_LT30);
        assertThat(ReasonCode.of("GAD-EGFR-LT-30")).isEmpty();
        assertThat(Reason.of(ReasonCode.MARS_PREFER_1_5T, "text", "§5", "S19").code())
                .isEqualTo("MARS-PREFER-1_5T");
    }

    /** Every code of one recommendation: reasons of every section, sequence changes and omitted-sequence rules. */
    static List<String> codes(Recommendation r) {
        List<Reason> reasons = new ArrayList<>(r.reasons());
        if (r.supported()) {
            reasons.addAll(r.urgency().reasons());
            reasons.addAll(r.protocol().coverage().reasons());
            reasons.addAll(r.gadolinium().reasons());
            reasons.addAll(r.implantSafety().reasons());
            r.implantSafety().implants().forEach(a -> reasons.addAll(a.reasons()));
            reasons.addAll(r.artifactReduction().reasons());
            reasons.addAll(r.motion().reasons());
        }
        List<String> out = new ArrayList<>(reasons.stream().map(Reason::code).toList());
        r.sequences().forEach(s -> out.addAll(s.changes()));
        r.omittedSequences().forEach(o -> out.add(o.rule()));
        return out;
    }

    static RecommendationService service(SitePolicy policy) {
        ProtocolCatalog catalog = new ProtocolCatalog(
                CATALOG.version(),
                CATALOG.protocols(),
                CATALOG.templates(),
                CATALOG.geometry(),
                policy,
                CATALOG.lexicon(),
                CATALOG.headerClassification());
        return new RecommendationService(
                catalog,
                new InMemoryRecommendationStore(10),
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
    }

    static final List<IndicationInput> INDICATIONS = List.of(
            text("L5 radiculopathy 8 weeks, failed physio"),
            text("low back pain"),
            text("back pain, weight loss"),
            text("neck pain with radiculopathy"),
            text("lumbar discitis, no fever"),
            text("sciatica, knee pain too"),
            new IndicationInput("metastatic spinal cord compression", null, Region.CERVICAL),
            text("?spondilodiscitis L3/4, fever"),
            text("MSCC, prostate ca"),
            text("CSF leak, intrathecal gadolinium"),
            text("s/p L4-S1 fusion, new leg pain"),
            text("fall, neck injury, deficit"),
            text("cervical myelopathy spondylotic"),
            text("axial spondyloarthritis sacroiliitis"),
            text("myositis"),
            text("epidural hematoma"),
            text("synovial cyst atypical"),
            text("paraspinal mass"),
            text("MRI knee, meniscal tear"),
            text("?CES, urinary retention, saddle anaesthesia"),
            text("?discitis L3/4, septic, leg weakness"),
            text("MSCC, prostate ca, leg weakness"),
            text("epidural hematoma on warfarin, leg weakness"),
            text("transverse myelitis, 2 days, leg weakness and urinary retention"),
            text("transverse myelitis over 3 days, numbness"),
            text("cervical myelopathy spondylotic, 6 months, falls"),
            text("low back pain, night pain"),
            text("intradural lesion at T7, no known malignancy"),
            text("transverse myelitis, sensory level T8"),
            text("blah blah"));

    static IndicationInput text(String text) {
        return new IndicationInput(text, null, null);
    }

    /** Every site-policy stance the shipped policy does not take. */
    static SitePolicy otherStances(SitePolicy base) {
        return new SitePolicy(
                base.site(),
                new SitePolicy.Gadolinium(
                        SitePolicy.AgentGroup.ACR_II,
                        40.0,
                        SitePolicy.SevereRenalStance.RADIOLOGIST_DECISION,
                        SitePolicy.HemodialysisStance.NO_CHANGE,
                        true,
                        true,
                        SitePolicy.PremedicationStance.CONSIDER,
                        SitePolicy.UnknownPregnancyStance.RADIOLOGIST_DECISION,
                        15.0,
                        base.gadolinium().agents()),
                new SitePolicy.Pregnancy(true, new Range(14.0, 50.0)),
                new SitePolicy.Implants(false, 3.0),
                new SitePolicy.Mars(2, base.mars().bandwidthFactor(), false),
                new SitePolicy.Patients(16.0, 12.0),
                base.familyContrast(),
                base.scanners(),
                "MR2");
    }

    static List<BookedScanner> scanners() {
        return List.of(
                new BookedScanner("MR1", null, null, null, null, null),
                new BookedScanner("MR2", null, null, null, null, null),
                new BookedScanner(null, 0.55, null, 70, null, List.of(LicensedOption.DIXON)),
                new BookedScanner(
                        "MR2",
                        null,
                        List.of(1.5, 3.0, 0.55),
                        55,
                        150.0,
                        List.of(LicensedOption.SEMAC, LicensedOption.MAVRIC_SL, LicensedOption.PROPELLER)),
                new BookedScanner(null, 3.0, List.of(1.5), null, null, null),
                new BookedScanner(null, 1.5, null, null, null, List.of()));
    }

    static List<PatientScreening> patients() {
        List<PatientScreening> out = new ArrayList<>();
        out.add(null);
        out.add(adult(90.0).build());
        out.add(adult(25.0).build());
        out.add(adult(35.0).build());
        out.add(adult(null).build());
        out.add(adult(75.0).weightKg(null).acuteKidneyInjury(true).build());
        out.add(adult(90.0).weightKg(270.0).dialysis(Dialysis.HEMODIALYSIS).build());
        out.add(adult(90.0).dialysis(Dialysis.PERITONEAL).build());
        out.add(adult(90.0).weightKg(220.0).build());
        out.add(woman(null).build());
        out.add(woman(PregnancyStatus.PREGNANT).build());
        out.add(woman(PregnancyStatus.NOT_PREGNANT).breastfeeding(true).build());
        for (ReactionSeverity s : ReactionSeverity.values()) {
            out.add(adult(90.0)
                    .priorContrastReactions(List.of(new PriorReaction("gadoterate", s, ContrastClass.GBCA)))
                    .build());
        }
        out.add(adult(90.0)
                .priorContrastReactions(List.of(new PriorReaction(null, ReactionSeverity.MILD, ContrastClass.GBCA)))
                .build());
        out.add(adult(90.0)
                .priorContrastReactions(Stream.of("gadobutrol", "gadoterate", "gadoteridol", "gadopiclenol")
                        .map(a -> new PriorReaction(a, ReactionSeverity.MILD, ContrastClass.GBCA))
                        .toList())
                .build());
        out.add(adult(90.0)
                .priorContrastReactions(
                        List.of(new PriorReaction("iohexol", ReactionSeverity.SEVERE, ContrastClass.IODINATED)))
                .build());
        out.add(adult(90.0)
                .ageYears(5.0)
                .weightKg(20.0)
                .claustrophobia(Claustrophobia.SEVERE)
                .motionRisk(MotionRisk.HIGH)
                .build());
        out.add(adult(90.0).ageYears(12.0).claustrophobia(Claustrophobia.MILD).build());
        implants().forEach(i -> out.add(adult(90.0).implants(i).build()));
        return out;
    }

    static PatientScreening.Builder adult(Double egfr) {
        return PatientScreening.builder()
                .ageYears(50.0)
                .sex(Sex.MALE)
                .weightKg(70.0)
                .egfr(egfr);
    }

    static PatientScreening.Builder woman(PregnancyStatus pregnancy) {
        return PatientScreening.builder()
                .ageYears(30.0)
                .sex(Sex.FEMALE)
                .weightKg(60.0)
                .egfr(90.0)
                .pregnancy(pregnancy);
    }

    static List<List<Implant>> implants() {
        MrConditions full = new MrConditions(
                List.of(1.5, 3.0),
                ScannerProfile.BoreType.CYLINDRICAL,
                20.0,
                OperatingMode.NORMAL,
                2.0,
                3.2,
                2.8,
                200.0,
                null,
                MrConditions.TransmitCoil.BODY,
                6,
                true,
                true);
        MrConditions only15 =
                new MrConditions(List.of(1.5), null, 20.0, null, null, null, null, null, null, null, null, null, null);
        MrConditions strict = new MrConditions(
                List.of(),
                ScannerProfile.BoreType.OPEN,
                null,
                null,
                null,
                null,
                null,
                100.0,
                20.0,
                MrConditions.TransmitCoil.HEAD_TR,
                6,
                null,
                null);
        MrConditions unverifiable = new MrConditions(
                List.of(1.5, 3.0),
                null,
                20.0,
                null,
                null,
                null,
                2.0,
                100.0,
                null,
                MrConditions.TransmitCoil.BODY,
                6,
                null,
                null);
        return List.of(
                List.of(conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", only15, null)),
                List.of(conditional(ImplantType.PACEMAKER_ICD, "left chest", full, 10)),
                List.of(conditional(ImplantType.PACEMAKER_ICD, "left chest", full, 2)),
                List.of(conditional(ImplantType.OTHER, null, unverifiable, null)),
                List.of(conditional(ImplantType.SPINAL_CORD_STIMULATOR, "T10", strict, null)),
                List.of(conditional(ImplantType.SPINAL_CORD_STIMULATOR, "T10", null, null)),
                List.of(
                        conditional(ImplantType.OTHER, "T9", only15, null),
                        conditional(ImplantType.OTHER, "C5-6", only15, null),
                        new Implant("glass", ImplantType.OTHER, MrLabel.MR_SAFE, null, null, null)),
                List.of(new Implant("old pacer", ImplantType.PACEMAKER_ICD, MrLabel.UNKNOWN, "chest", null, null)),
                List.of(new Implant("clip", ImplantType.OTHER, MrLabel.UNKNOWN, "abdomen", null, null)),
                List.of(new Implant("fragment", ImplantType.BALLISTIC_FRAGMENT, MrLabel.UNKNOWN, "T10", null, null)),
                List.of(new Implant("thing", ImplantType.OTHER, MrLabel.MR_UNSAFE, null, null, null)),
                List.of(new Implant(
                        "pacer, capped lead",
                        ImplantType.PACEMAKER_ICD,
                        MrLabel.MR_CONDITIONAL,
                        "left chest",
                        200,
                        full,
                        null,
                        true,
                        null)),
                List.of(new Implant("old pump", ImplantType.OTHER, MrLabel.NOT_MR_CONDITIONAL, "flank", null, null)),
                List.of(new Implant(
                        "port", ImplantType.OTHER, MrLabel.MR_CONDITIONAL, "chest", null, full, true, null, null)),
                List.of(new Implant(
                        "legacy pacer", ImplantType.PACEMAKER_ICD, MrLabel.NOT_MR_CONDITIONAL, "chest", null, null)));
    }

    static Implant conditional(ImplantType type, String location, MrConditions conditions, Integer weeks) {
        return new Implant("implant", type, MrLabel.MR_CONDITIONAL, location, weeks, conditions);
    }
}

package org.mrpa.advice;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason code the engine can emit, with when it is given; the JSON {@code code} is {@link #code()}, never
 * renamed (QA reviewers and RIS integrations grep for it). Sequence {@code changes} and omitted-sequence
 * {@code rule}s use the same codes.
 */
public enum ReasonCode {

    // Indication matching (clinical reference §1.1, §1.3)

    /** The indication matched a protocol family; names the evidence. */
    IND_FAMILY_MATCHED("IND-FAMILY-MATCHED"),
    /** Other families matched too; says why the chosen one takes precedence. */
    IND_PRECEDENCE("IND-PRECEDENCE"),
    /** Phrases of the indication were negated and not used. */
    IND_NEGATED("IND-NEGATED"),
    /** The indication mentions something outside spine, paravertebral and SIJ scope. */
    IND_OUT_OF_SCOPE_MENTION("IND-OUT-OF-SCOPE-MENTION"),
    /** No region was named; the family's default protocol is used. */
    IND_REGION_ASSUMED("IND-REGION-ASSUMED"),
    /** The named region is covered by a protocol of another region (e.g. whole spine). */
    IND_REGION_COVERED("IND-REGION-COVERED"),
    /** The indication concerns a region outside the service's scope; no protocol. */
    IND_UNSUPPORTED_REGION("IND-UNSUPPORTED-REGION"),
    /** No spine indication was recognised; no protocol is guessed. */
    IND_NOT_RECOGNISED("IND-NOT-RECOGNISED"),

    // Urgency (§1.4)

    /** Suspected cauda equina syndrome (bladder/bowel dysfunction, saddle anaesthesia, bilateral sciatica): EMERGENCY. */
    URG_CES("URG-CES"),
    /** Suspected spinal infection with a new neurological deficit or sepsis: EMERGENCY. */
    URG_INFECTION_DEFICIT("URG-INFECTION-DEFICIT"),
    /** Metastatic cord compression with neurological symptoms or signs: EMERGENCY. */
    URG_MSCC_DEFICIT("URG-MSCC-DEFICIT"),
    /** Acute trauma with a neurological deficit: EMERGENCY. */
    URG_TRAUMA_DEFICIT("URG-TRAUMA-DEFICIT"),
    /** Suspected spinal epidural haematoma with a deficit: EMERGENCY. */
    URG_HEMATOMA_DEFICIT("URG-HEMATOMA-DEFICIT"),
    /** Acute myelopathy with motor weakness or sphincter disturbance: EMERGENCY until compression is excluded. */
    URG_MYELOPATHY_ACUTE_DEFICIT("URG-MYELOPATHY-ACUTE-DEFICIT"),
    /** Suspected spinal infection without a deficit: URGENT. */
    URG_INFECTION("URG-INFECTION"),
    /** MSCC risk without neurological signs (suspected MSCC, or cancer with spinal pain): URGENT. */
    URG_MSCC_RISK("URG-MSCC-RISK"),
    /** Acute myelopathy without motor or sphincter deficit: URGENT. */
    URG_MYELOPATHY_ACUTE("URG-MYELOPATHY-ACUTE"),
    /** Chronic myelopathy with rapid progression or falls, expedited by site policy: URGENT. */
    URG_MYELOPATHY_PROGRESSION("URG-MYELOPATHY-PROGRESSION"),
    /** A child with back pain and red flags: URGENT. */
    URG_CHILD_RED_FLAGS("URG-CHILD-RED-FLAGS"),
    /** None of the emergency or urgent rules applies: ROUTINE. */
    URG_ROUTINE("URG-ROUTINE"),

    // Coverage (§1.5)

    /** A sensory level (or a named cord level): from the craniocervical junction down to that level. */
    COV_SENSORY_LEVEL("COV-SENSORY-LEVEL"),
    /** Myelopathy or cord signs without a localising level: cervical and thoracic cord. */
    COV_CORD_NO_LEVEL("COV-CORD-NO-LEVEL"),
    /** Suspected cauda equina syndrome: lumbosacral spine in full, whole-spine sagittal screen by site policy. */
    COV_CES("COV-CES"),
    /** Spinal infection: the symptomatic region plus a sagittal screen of the whole spine. */
    COV_INFECTION_SCREEN("COV-INFECTION-SCREEN"),
    /** A focal lesion (intradural, primary bone, single known lesion): its levels, no whole-spine survey. */
    COV_FOCAL_LESION("COV-FOCAL-LESION"),
    /** Known primary with suspected metastases, myeloma, MSCC or a whole-spine protocol: whole-spine survey. */
    COV_WHOLE_SPINE("COV-WHOLE-SPINE"),
    /** The region's default coverage, extended to the levels the referral names. */
    COV_REGION("COV-REGION"),

    // Pregnancy status (§3.3)

    /** No pregnancy status was stated for a patient in the child-bearing window: treated as unknown. */
    PREG_STATUS_NOT_STATED("PREG-STATUS-NOT-STATED"),

    // Contrast need of the indication (§1.3)

    /** The protocol makes contrast part of the protocol. */
    GAD_NEED_REQUIRED("GAD-NEED-REQUIRED"),
    /** The protocol makes contrast optional. */
    GAD_NEED_OPTIONAL("GAD-NEED-OPTIONAL"),
    /** The protocol needs no contrast. */
    GAD_NEED_NOT_NEEDED("GAD-NEED-NOT-NEEDED"),
    /** The protocol leaves contrast to the radiologist. */
    GAD_NEED_RADIOLOGIST_DECISION("GAD-NEED-RADIOLOGIST-DECISION"),
    /** Site policy {@code familyContrast} overrides the protocol's contrast need. */
    GAD_NEED_SITE_POLICY("GAD-NEED-SITE-POLICY"),
    /** An indication exception of the protocol ({@code contrast.when}) changes the contrast need. */
    GAD_NEED_INDICATION("GAD-NEED-INDICATION"),

    // Gadolinium (§3)

    /** Intrathecal gadolinium is asked for or a CSF leak is worked up: never offered. */
    GAD_INTRATHECAL("GAD-INTRATHECAL"),
    /** The protocol is complete without contrast: not indicated. */
    GAD_OPTIONAL("GAD-OPTIONAL"),
    /** The indication does not need contrast: not indicated. */
    GAD_NOT_NEEDED("GAD-NOT-NEEDED"),
    /** Contrast for this indication is a radiologist decision. */
    GAD_NEED_RADIOLOGIST("GAD-NEED-RADIOLOGIST"),
    /** Haemodialysis: group II agent, with or without coordination with dialysis (site policy). */
    GAD_DIALYSIS_HD("GAD-DIALYSIS-HD"),
    /** Peritoneal dialysis: group II agent when indicated. */
    GAD_DIALYSIS_PD("GAD-DIALYSIS-PD"),
    /** Peritoneal dialysis and the site prefers CT: radiologist decision. */
    GAD_DIALYSIS_PD_CT("GAD-DIALYSIS-PD-CT"),
    /** Acute kidney injury: eGFR unreliable, treated as eGFR below 30. */
    GAD_AKI("GAD-AKI"),
    /** eGFR below 30: group II agent at standard dose when indicated. */
    GAD_EGFR_LT30("GAD-EGFR-LT30"),
    /** eGFR at or above 30 but below the site's stricter threshold. */
    GAD_EGFR_LT_SITE_THRESHOLD("GAD-EGFR-LT-SITE-THRESHOLD"),
    /** eGFR 30 or more: no renal precautions. */
    GAD_EGFR_GE30("GAD-EGFR-GE30"),
    /** No eGFR and the site requires one: radiologist decision. */
    GAD_EGFR_MISSING("GAD-EGFR-MISSING"),
    /** No eGFR and the site does not require one for group II agents. */
    GAD_EGFR_NOT_REQUIRED("GAD-EGFR-NOT-REQUIRED"),
    /** Severe renal impairment, AKI or dialysis: labelled dose, document the indication. */
    GAD_LABEL_DOSE("GAD-LABEL-DOSE"),
    /** Severe renal impairment and the site follows the FDA/ESUR stance: radiologist decision. */
    GAD_RENAL_RADIOLOGIST("GAD-RENAL-RADIOLOGIST"),
    /** Pregnancy: gadolinium only if clearly needed, radiologist decision. */
    GAD_PREGNANCY("GAD-PREGNANCY"),
    /** Pregnancy status unknown: hold gadolinium or radiologist decision (site policy). */
    GAD_PREGNANCY_UNKNOWN("GAD-PREGNANCY-UNKNOWN"),
    /** Breastfeeding need not be interrupted. */
    GAD_BREASTFEEDING("GAD-BREASTFEEDING"),
    /** Prior reactions were to iodinated contrast only: no GBCA premedication. */
    GAD_REACTION_IODINATED_ONLY("GAD-REACTION-IODINATED-ONLY"),
    /** Worst prior GBCA reaction was physiologic: give, no premedication. */
    GAD_REACTION_PHYSIOLOGIC("GAD-REACTION-PHYSIOLOGIC"),
    /** Worst prior GBCA reaction was mild: a different agent, premedication per site policy. */
    GAD_REACTION_MILD("GAD-REACTION-MILD"),
    /** Worst prior GBCA reaction was moderate: radiologist decision, different agent. */
    GAD_REACTION_MODERATE("GAD-REACTION-MODERATE"),
    /** Worst prior GBCA reaction was severe: avoid unless essential. */
    GAD_REACTION_SEVERE("GAD-REACTION-SEVERE"),
    /** The agent of a prior allergic-like reaction is not known: radiologist decision. */
    GAD_REACTION_AGENT_UNKNOWN("GAD-REACTION-AGENT-UNKNOWN"),
    /** Every agent the site offers is excluded for this patient. */
    GAD_NO_AGENT_AVAILABLE("GAD-NO-AGENT-AVAILABLE"),
    /** No weight: total dose and volume cannot be given. */
    GAD_WEIGHT_UNKNOWN("GAD-WEIGHT-UNKNOWN"),
    /** The labelled dose is over the site's volume cap; not reduced. */
    GAD_VOLUME_CAP("GAD-VOLUME-CAP"),
    /** Sequence change: post-contrast sequence only if the radiologist approves gadolinium. */
    GAD_RADIOLOGIST_DECISION("GAD-RADIOLOGIST-DECISION"),

    // Implant safety, whole scan (§3.3, §4)

    /** Pregnancy or unknown pregnancy status: Normal Operating Mode. */
    SAFETY_PREGNANCY_NORMAL_MODE("SAFETY-PREGNANCY-NORMAL-MODE"),
    /** An implant rules out every available scanner: offer CT or CT myelography. */
    SAFETY_DO_NOT_SCAN("SAFETY-DO-NOT-SCAN"),
    /** A condition cannot be verified: MR Medical Director review before scanning. */
    SAFETY_REVIEW("SAFETY-REVIEW"),
    /** The implant conditions allow only another field strength: re-routed. */
    SAFETY_REROUTE("SAFETY-REROUTE"),
    /** Unlabelled implant: re-routed to the site-approved field strength. */
    SAFETY_REROUTE_UNLABELLED("SAFETY-REROUTE-UNLABELLED"),
    /** The implant conditions cannot be met or verified on the booked scanner but can on another. */
    SAFETY_REROUTE_SCANNER("SAFETY-REROUTE-SCANNER"),

    // Implant safety, one implant (§4)

    /** Ballistic fragment of unknown composition: radiologist review (site policy). */
    IMPLANT_BALLISTIC("IMPLANT-BALLISTIC"),
    /** MR Safe label: proceed. */
    IMPLANT_MR_SAFE("IMPLANT-MR-SAFE"),
    /** MR Unsafe label: do not scan. */
    IMPLANT_MR_UNSAFE("IMPLANT-MR-UNSAFE"),
    /** Pacemaker/ICD not shown to be MR Conditional: review with cardiology. */
    IMPLANT_CIED_NON_CONDITIONAL("IMPLANT-CIED-NON-CONDITIONAL"),
    /** Implant not identified: identify it or MR Medical Director review. */
    IMPLANT_UNLABELLED("IMPLANT-UNLABELLED"),
    /** A device labelled, but not MR Conditional (other than a pacemaker/ICD): radiologist review. */
    IMPLANT_NOT_MR_CONDITIONAL("IMPLANT-NOT-MR-CONDITIONAL"),
    /** Abandoned, capped or fractured leads: do not scan (label and HRS exclusion). */
    IMPLANT_ABANDONED_LEADS("IMPLANT-ABANDONED-LEADS"),
    /** MR Conditional without the conditions: they cannot be verified. */
    IMPLANT_CONDITIONS_MISSING("IMPLANT-CONDITIONS-MISSING"),
    /** The device must be put in its MRI mode. */
    IMPLANT_DEVICE_MRI_MODE("IMPLANT-DEVICE-MRI-MODE"),
    /** MR Conditional cardiac device: cardiology sets the MRI mode. */
    IMPLANT_CIED_CARDIOLOGY("IMPLANT-CIED-CARDIOLOGY"),
    /** The label requires monitoring during the scan. */
    IMPLANT_MONITORING("IMPLANT-MONITORING"),
    /** The conditions give no allowed field strength. */
    IMPLANT_FIELD_UNSPECIFIED("IMPLANT-FIELD-UNSPECIFIED"),
    /** The scanner's field strength is allowed by the label. */
    IMPLANT_FIELD_OK("IMPLANT-FIELD-OK"),
    /** The scanner's field strength is not allowed by the label. */
    IMPLANT_FIELD_NOT_ALLOWED("IMPLANT-FIELD-NOT-ALLOWED"),
    /** The label requires a bore type the scanner's is not known to be. */
    IMPLANT_BORE_UNKNOWN("IMPLANT-BORE-UNKNOWN"),
    /** The scanner's bore type is not the one the label requires. */
    IMPLANT_BORE("IMPLANT-BORE"),
    /** The label limits the spatial field gradient; the scanner's value is not known. */
    IMPLANT_SPATIAL_GRADIENT_UNKNOWN("IMPLANT-SPATIAL-GRADIENT-UNKNOWN"),
    /** The scanner's maximum spatial field gradient exceeds the label's: needs the field map. */
    IMPLANT_SPATIAL_GRADIENT("IMPLANT-SPATIAL-GRADIENT"),
    /** The label limits slew rate; the scanner's maximum is not known. */
    IMPLANT_SLEW_UNKNOWN("IMPLANT-SLEW-UNKNOWN"),
    /** The label's slew-rate limit is below the scanner's maximum: limit it. */
    IMPLANT_SLEW_LIMIT("IMPLANT-SLEW-LIMIT"),
    /** The label limits dB/dt, which site scanner data cannot check. */
    IMPLANT_DBDT("IMPLANT-DBDT"),
    /** Keep B1+rms at or below the label's limit. */
    IMPLANT_B1RMS("IMPLANT-B1RMS"),
    /** The label limits B1+rms; the scanner is not known to display it. */
    IMPLANT_B1RMS_UNKNOWN("IMPLANT-B1RMS-UNKNOWN"),
    /** The label limits the operating mode. */
    IMPLANT_OPERATING_MODE("IMPLANT-OPERATING-MODE"),
    /** The label sets SAR limits. */
    IMPLANT_SAR("IMPLANT-SAR"),
    /** The label allows only a transmit/receive head coil: the spine cannot be imaged. */
    IMPLANT_TRANSMIT_HEAD_ONLY("IMPLANT-TRANSMIT-HEAD-ONLY"),
    /** The label requires body-coil transmit, which the scanner has. */
    IMPLANT_TRANSMIT_BODY("IMPLANT-TRANSMIT-BODY"),
    /** The label requires body-coil transmit; the scanner's transmit coils are not known. */
    IMPLANT_TRANSMIT_UNKNOWN("IMPLANT-TRANSMIT-UNKNOWN"),
    /** The label requires a time since implantation; the implant date is not known. */
    IMPLANT_WEEKS_UNKNOWN("IMPLANT-WEEKS-UNKNOWN"),
    /** Less time since implantation than the label requires: do not scan. */
    IMPLANT_TOO_RECENT("IMPLANT-TOO-RECENT"),

    // Metal artifact reduction (§5)

    /** An implant's location is not known: assumed in or near the field of view. */
    MARS_LOCATION_UNKNOWN("MARS-LOCATION-UNKNOWN"),
    /** An implant lies within the site's margin of the field of view. */
    MARS_NEAR_FOV("MARS-NEAR-FOV"),
    /** An implant lies far outside the field of view: no metal artifact reduction for it. */
    MARS_OUTSIDE_FOV("MARS-OUTSIDE-FOV"),
    /** The request states whether an implant is in or near the imaged region; that wins over the estimate. */
    MARS_STATED_POSITION("MARS-STATED-POSITION"),
    /** Metal near the field of view and the scanner is not 1.5 T: prefer 1.5 T. */
    MARS_PREFER_1_5T("MARS-PREFER-1_5T"),
    /** Metal near the field of view: spin echo / TSE, no gradient echo (also a sequence change or omission). */
    MARS_NO_GRE("MARS-NO-GRE"),
    /** Metal near the field of view: no single-shot EPI diffusion (also a sequence change or omission). */
    MARS_NO_SS_EPI_DWI("MARS-NO-SS-EPI-DWI"),
    /** Metal near the field of view: STIR or Dixon fat suppression (also a sequence change). */
    MARS_STIR_OR_DIXON_FS("MARS-STIR-OR-DIXON-FS"),
    /** Metal near the field of view: higher bandwidth (also a sequence change). */
    MARS_HIGH_BANDWIDTH("MARS-HIGH-BANDWIDTH"),
    /** Metal near the field of view with contrast: Dixon or subtraction after contrast (also a sequence change). */
    MARS_POST_DIXON_OR_SUBTRACTION("MARS-POST-DIXON-OR-SUBTRACTION"),
    /** Metal near the field of view: frequency encoding along the hardware. */
    MARS_FREQ_ALONG_HARDWARE("MARS-FREQ-ALONG-HARDWARE"),
    /** Metal near the field of view: thin slices, high matrix. */
    MARS_THIN_SLICES("MARS-THIN-SLICES"),
    /** Metal near the field of view: the licensed metal-artifact options, or that there are none. */
    MARS_VAT_SEMAC("MARS-VAT-SEMAC"),
    /** Metal near the field of view: CT or CT myelography if still non-diagnostic. */
    MARS_CT_FALLBACK("MARS-CT-FALLBACK"),
    /** Omitted sequence: the same sequence is already in the protocol after metal artifact reduction. */
    MARS_DUPLICATE("MARS-DUPLICATE"),

    // Motion and claustrophobia (§6)

    /** Claustrophobia: wide bore or open scanner. */
    MOT_WIDE_BORE("MOT-WIDE-BORE"),
    /** Claustrophobia and lumbar or SIJ imaging: feet first. */
    MOT_FEET_FIRST("MOT-FEET-FIRST"),
    /** Severe claustrophobia: abbreviated protocol, anxiolysis per local policy. */
    MOT_CLAUSTROPHOBIA_SEVERE("MOT-CLAUSTROPHOBIA-SEVERE"),
    /** High motion risk: motion-robust sequences, key sequence first. */
    MOT_HIGH_RISK("MOT-HIGH-RISK"),
    /** Young child with high motion risk: sedation per local policy (site policy age). */
    MOT_CHILD_SEDATION("MOT-CHILD-SEDATION"),
    /** The abbreviated variant is applied (also a sequence change). */
    MOT_ABBREVIATED("MOT-ABBREVIATED"),

    // Patient factors (§4.3, §7)

    /** A child by the site's age: size-appropriate coil. */
    PAT_PEDIATRIC("PAT-PEDIATRIC"),
    /** Implant safety is DO_NOT_SCAN: the scan cannot happen (feasible false). */
    FEAS_IMPLANT_DO_NOT_SCAN("FEAS-IMPLANT-DO-NOT-SCAN"),
    /** Weight over the table limit of every scanner that may be offered (feasible false). */
    FEAS_TABLE_LIMIT("FEAS-TABLE-LIMIT"),
    /** Weight over the booked scanner's table limit: moved to a scanner whose table takes it. */
    REC_TABLE_LIMIT_REROUTE("REC-TABLE-LIMIT-REROUTE"),
    /** Weight over the booked table limit. */
    PAT_TABLE_LIMIT("PAT-TABLE-LIMIT"),
    /** No weight: needed for the SAR model. */
    PAT_WEIGHT_UNKNOWN("PAT-WEIGHT-UNKNOWN"),

    // Appropriateness (§1.3)

    /** Suspected MSCC: whole-spine MRI within 24 hours. */
    APP_MSCC_24H("APP-MSCC-24H"),
    /** Trauma: CT first. */
    APP_TRAUMA_CT_FIRST("APP-TRAUMA-CT-FIRST"),
    /** Child with back pain and no red flags: imaging usually not appropriate. */
    APP_BACK_PAIN_CHILD("APP-BACK-PAIN-CHILD"),
    /** Low back pain without red flags or failed management: usually not appropriate. */
    APP_LBP_V1_V2("APP-LBP-V1-V2"),
    /** Low back pain after failed management: MRI without contrast. */
    APP_LBP_V3("APP-LBP-V3"),

    // Recommendation: field strength and tailoring (§2, §3, §5, §7)

    /** Metal in or near the field of view: scan at 1.5 T instead of the booked field strength. */
    REC_FIELD_MARS("REC-FIELD-MARS"),
    /** Pregnancy and the site prefers 1.5 T. */
    REC_FIELD_PREGNANCY("REC-FIELD-PREGNANCY"),
    /** Pregnancy booked above 1.5 T while 1.5 T is available and the site does not require it: advice. */
    REC_FIELD_PREGNANCY_ADVICE("REC-FIELD-PREGNANCY-ADVICE"),
    /** Post-contrast sequences only if the radiologist approves gadolinium. */
    REC_CONTRAST_CONDITIONAL("REC-CONTRAST-CONDITIONAL"),
    /** No-contrast variant (also a sequence change and the rule of omitted post-contrast sequences). */
    REC_NO_CONTRAST("REC-NO-CONTRAST"),
    /** The recommended field strength has no catalog parameter ranges. */
    REC_NO_RANGES_FOR_FIELD("REC-NO-RANGES-FOR-FIELD");

    private static final Map<String, ReasonCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ReasonCode::code, Function.identity()));

    private final String code;

    ReasonCode(String code) {
        this.code = code;
    }

    /** The code as it appears in JSON, e.g. {@code GAD-EGFR-LT30}. */
    public String code() {
        return code;
    }

    /** The registered code with this text, if any. */
    public static Optional<ReasonCode> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}

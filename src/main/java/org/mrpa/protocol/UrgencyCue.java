package org.mrpa.protocol;

/**
 * The kinds of words the urgency rules of clinical reference §1.4 read; the phrases of each are site-editable in
 * {@code protocols/indication-lexicon.yaml} ({@code urgencyCues}).
 */
public enum UrgencyCue {
    /** Cauda equina red flags: bladder or bowel dysfunction, saddle anaesthesia, bilateral sciatica (S27). */
    CAUDA_EQUINA,
    /** A neurological deficit: weakness, numbness, a sensory level, unsteadiness, sphincter disturbance. */
    NEURO_DEFICIT,
    /** Motor weakness or sphincter disturbance (the deficits that make acute myelopathy an emergency). */
    MOTOR_OR_SPHINCTER,
    /** Sepsis or septic shock. */
    SEPSIS,
    /** Onset over hours to days. */
    ACUTE_ONSET,
    /** Rapid progression or falls in a chronic myelopathy. */
    RAPID_PROGRESSION,
    /** Red flags of back pain in a child: fever, refusal to walk or bear weight, night pain. */
    CHILD_RED_FLAG,
    /** A known or suspected cancer. */
    CANCER,
    /** Spinal pain (new back or neck pain). */
    SPINAL_PAIN
}

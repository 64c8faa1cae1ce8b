package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.CATALOG;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.adult;
import static org.mrpa.screening.Fixtures.booked;
import static org.mrpa.screening.Fixtures.conditional;
import static org.mrpa.screening.Fixtures.conditions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.Reason;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.indication.IndicationMatcher;
import org.mrpa.protocol.SitePolicy;

class ScannerChoiceRuleTest {

    static final IndicationMatch SCIATICA = new IndicationMatcher(CATALOG).match("sciatica", null, null);

    /** The rules the scanner choice reads, then the choice. */
    static ScreeningContext choose(PatientScreening patient, String scanner, SitePolicy policy) {
        return new ScreeningContext(SCIATICA, patient, booked(scanner), policy, CATALOG.lexicon())
                .screen(List.of(
                        new PregnancyScreen(),
                        new ContrastNeedRule(),
                        new GadoliniumRule(),
                        new ImplantSafetyRule(),
                        new MetalArtifactRule(),
                        new ScannerChoiceRule()));
    }

    static PatientScreening screws(Double... allowedT) {
        return adult().implant(conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", conditions(List.of(allowedT))))
                .build();
    }

    static SitePolicy preferring15T(boolean forMetal, boolean forPregnancy) {
        SitePolicy p = POLICY;
        return new SitePolicy(
                p.site(),
                p.gadolinium(),
                new SitePolicy.Pregnancy(forPregnancy, p.pregnancy().childbearingAgeYears()),
                p.implants(),
                new SitePolicy.Mars(p.mars().marginVertebralLevels(), p.mars().bandwidthFactor(), forMetal),
                p.patients(),
                p.familyContrast(),
                p.scanners(),
                p.defaultScanner());
    }

    @ParameterizedTest(name = "metal in the FOV booked on {0}, site prefers 1.5 T: {1} -> {2}")
    @CsvSource({"MR2, true, MR1, REC-FIELD-MARS", "MR2, false, MR2, ''", "MR1, true, MR1, ''"})
    void metalInTheFieldOfViewGoesTo15TWhenTheSitePrefersIt(
            String bookedOn, boolean prefer, String expected, String code) {
        ScreeningContext c = choose(screws(1.5, 3.0), bookedOn, preferring15T(prefer, false));
        assertThat(c.decision(ScannerChoiceRule.class).target().id()).isEqualTo(expected);
        assertThat(c.reasons()).extracting(Reason::code).isEqualTo(code.isEmpty() ? List.of() : List.of(code));
    }

    @Test
    void theMetalReasonNamesTheScannerAndTheSiteSetting() {
        Reason r = choose(screws(1.5, 3.0), "MR2", POLICY).reasons().get(0);
        assertThat(r.text()).isEqualTo("Metal in or near the field of view: scan at 1.5 T on MR1 rather than 3.0 T.");
        assertThat(r.sitePolicy()).isEqualTo("mars.prefer1_5T");
        assertThat(r.sources()).containsExactly("S19", "S20");
    }

    @Test
    void metalStaysAt3TWhenTheImplantAllowsOnly3T() {
        ScreeningContext c = choose(screws(3.0), "MR2", POLICY);
        assertThat(c.decision(ScannerChoiceRule.class).rerouted()).isFalse();
        assertThat(c.reasons()).isEmpty();
    }

    @Test
    void theImplantRerouteWinsWithoutAReasonOfItsOwn() {
        ScreeningContext c = choose(screws(1.5), "MR2", preferring15T(false, false));
        assertThat(c.decision(ScannerChoiceRule.class).target().id()).isEqualTo("MR1");
        assertThat(c.reasons()).isEmpty();
    }

    @Test
    void doNotScanKeepsTheBookedScanner() {
        PatientScreening unsafe = adult().implant(
                        new Implant("x", ImplantType.OTHER, MrLabel.MR_UNSAFE, "L4", null, null))
                .build();
        assertThat(choose(unsafe, "MR2", POLICY)
                        .decision(ScannerChoiceRule.class)
                        .rerouted())
                .isFalse();
    }

    @ParameterizedTest(name = "pregnant, site prefers 1.5 T: {0} -> {1}")
    @CsvSource({"true, MR1, REC-FIELD-PREGNANCY", "false, MR2, REC-FIELD-PREGNANCY-ADVICE"})
    void pregnancyGoesTo15TOnlyWhenTheSitePrefersIt(boolean prefer, String expected, String code) {
        PatientScreening pregnant = adult().sex(Sex.FEMALE)
                .age(30)
                .pregnancy(PregnancyStatus.PREGNANT)
                .build();
        ScreeningContext c = choose(pregnant, "MR2", preferring15T(false, prefer));
        assertThat(c.decision(ScannerChoiceRule.class).target().id()).isEqualTo(expected);
        assertThat(c.reasons()).extracting(Reason::code).isEqualTo(code.isEmpty() ? List.of() : List.of(code));
    }
}

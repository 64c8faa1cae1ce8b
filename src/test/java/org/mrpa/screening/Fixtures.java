package org.mrpa.screening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** The shipped catalog and builders for screening inputs. */
final class Fixtures {

    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));
    static final SitePolicy POLICY = CATALOG.sitePolicy();

    private Fixtures() {}

    /** A patient builder; unset values stay unknown. */
    static final class P {
        Double age;
        Sex sex;
        Double weight;
        Double egfr;
        Boolean aki;
        Dialysis dialysis;
        PregnancyStatus pregnancy;
        Boolean breastfeeding;
        final List<PriorReaction> reactions = new ArrayList<>();
        final List<Implant> implants = new ArrayList<>();
        Claustrophobia claustrophobia;
        MotionRisk motion;

        P age(double v) {
            age = v;
            return this;
        }

        P sex(Sex v) {
            sex = v;
            return this;
        }

        P weight(double v) {
            weight = v;
            return this;
        }

        P egfr(double v) {
            egfr = v;
            return this;
        }

        P aki() {
            aki = true;
            return this;
        }

        P dialysis(Dialysis v) {
            dialysis = v;
            return this;
        }

        P pregnancy(PregnancyStatus v) {
            pregnancy = v;
            return this;
        }

        P breastfeeding() {
            breastfeeding = true;
            return this;
        }

        P reaction(String agent, ReactionSeverity s, ContrastClass c) {
            reactions.add(new PriorReaction(agent, s, c));
            return this;
        }

        P implant(Implant i) {
            implants.add(i);
            return this;
        }

        P claustrophobia(Claustrophobia v) {
            claustrophobia = v;
            return this;
        }

        P motion(MotionRisk v) {
            motion = v;
            return this;
        }

        PatientScreening build() {
            return new PatientScreening(
                    age,
                    sex,
                    weight,
                    egfr,
                    aki,
                    dialysis,
                    pregnancy,
                    null,
                    breastfeeding,
                    reactions,
                    implants,
                    claustrophobia,
                    motion);
        }
    }

    /** An adult man of 70 kg with eGFR 90: nothing that changes a rule. */
    static P adult() {
        return new P().age(50).sex(Sex.MALE).weight(70).egfr(90);
    }

    static MrConditions conditions(List<Double> fields) {
        return new MrConditions(fields, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Implant conditional(ImplantType type, String location, MrConditions c) {
        return new Implant("test implant", type, MrLabel.MR_CONDITIONAL, location, null, c);
    }

    static ScannerContext booked(String id) {
        ScannerProfile b = POLICY.scanner(id);
        return new ScannerContext(
                b, POLICY.scanners().stream().filter(s -> !s.id().equals(id)).toList());
    }

    static ScannerContext unknownScanner(double tesla, LicensedOption... options) {
        return new ScannerContext(
                new ScannerProfile(null, "test", tesla, null, null, null, null, null, null, null, List.of(options)),
                List.of());
    }
}

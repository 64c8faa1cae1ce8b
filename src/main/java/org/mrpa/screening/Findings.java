package org.mrpa.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;

/** The flags and reasons a rule gathers while it decides: each flag once, the reasons in the order found. */
final class Findings {

    private final Set<Flag> flags = EnumSet.noneOf(Flag.class);
    private final List<Reason> reasons = new ArrayList<>();

    /** Records a reason and the flags it raises. */
    void add(Reason reason, Flag... raised) {
        flag(raised);
        reasons.add(reason);
    }

    /** Raises flags without a reason of their own. */
    void flag(Flag... raised) {
        Collections.addAll(flags, raised);
    }

    /** The flags, in the order of the flag vocabulary. */
    List<Flag> flags() {
        return List.copyOf(flags);
    }

    /** The reasons, in the order found. */
    List<Reason> reasons() {
        return new ArrayList<>(reasons);
    }
}

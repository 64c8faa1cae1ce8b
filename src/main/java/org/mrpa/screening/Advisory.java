package org.mrpa.screening;

import java.util.List;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;

/** Advisory flags with their reasons (appropriateness, patient factors). */
public record Advisory(List<Flag> flags, List<Reason> reasons) {}

package org.mrpa.protocol;

/** Whether a sequence is acquired before or after intravenous gadolinium. */
public enum ContrastPhase {
    PRE,
    POST
}

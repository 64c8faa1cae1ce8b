package org.mrpa.screening;

/** Expected ability to keep still. */
public enum MotionRisk {
    LOW,
    HIGH
}

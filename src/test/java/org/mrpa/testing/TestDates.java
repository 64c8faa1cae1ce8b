package org.mrpa.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** A study date no other test in this run uses, so date-filtered queries see only one test's studies. */
public final class TestDates {

    private static final LocalDate BASE = LocalDate.of(2001, 1, 1);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDates() {}

    public static LocalDate next() {
        return BASE.plusDays(NEXT.getAndAdd(3));
    }

    /** DICOM DA form. */
    public static String da(LocalDate d) {
        return d.toString().replace("-", "");
    }
}

package org.mrpa.screening;

import org.mrpa.protocol.ScannerProfile;

/**
 * The scanner the patient is to be scanned on, and the booking it was chosen from.
 *
 * @param booked the booked scanner and the site's other scanners
 * @param target the scanner to scan on: the booked one or one of the others
 */
public record ScannerChoice(ScannerContext booked, ScannerProfile target) {

    /** The patient goes to another scanner than the booked one. */
    public boolean rerouted() {
        return target != booked.booked();
    }

    /** The site's scanners as seen from the chosen one: it, then the others (the booked one first). */
    public ScannerContext atTarget() {
        if (!rerouted()) {
            return booked;
        }
        return new ScannerContext(
                target, booked.candidates().stream().filter(s -> s != target).toList());
    }
}

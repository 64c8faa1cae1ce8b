package org.mrpa.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a Patient ID into what may be stored: nothing (the default), or an HMAC-SHA256 with the site's key when the
 * site turns it on. A plain hash of an ID is easy to reverse by trying every ID; a keyed one is not without the key.
 */
public final class PatientIdHasher {

    private final SecretKeySpec key;

    private PatientIdHasher(SecretKeySpec key) {
        this.key = key;
    }

    /** @throws IllegalArgumentException when hashing is on and the key is missing or shorter than 16 characters */
    public static PatientIdHasher of(boolean enabled, Optional<String> key) {
        if (!enabled) {
            return new PatientIdHasher(null);
        }
        String k = key.map(String::trim).orElse("");
        if (k.length() < 16) {
            throw new IllegalArgumentException(
                    "mrpa.privacy.store-patient-id-hash is true but mrpa.privacy.patient-id-key is "
                            + (k.isEmpty() ? "not set" : "shorter than 16 characters")
                            + ": set a secret key of at least 16 characters, or turn the hash off");
        }
        return new PatientIdHasher(new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    /** The value to store for a Patient ID: empty when hashing is off or there is no ID. */
    public Optional<String> storable(String patientId) {
        if (key == null || patientId == null || patientId.isBlank()) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Optional.of(
                    HexFormat.of().formatHex(mac.doFinal(patientId.trim().getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

package org.mrpa.store;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the site's Patient ID hasher from {@code mrpa.privacy.*}; start-up fails when the hash is on without a key. */
public class PatientIdHasherProducer {

    @Produces
    @Singleton
    PatientIdHasher patientIdHasher(StoreConfig config) {
        return PatientIdHasher.of(
                config.privacy().storePatientIdHash(), config.privacy().patientIdKey());
    }
}

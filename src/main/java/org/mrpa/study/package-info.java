/**
 * Checked studies: the study-check use case ({@link org.mrpa.study.StudyChecks}: which protocol an acquired study is
 * checked against), completion of received studies after their quiet period, QA reviews, compliance and the values
 * the QA views show. Persistence is behind the ports {@link org.mrpa.study.StudyRecords},
 * {@link org.mrpa.study.StudySearch} and {@link org.mrpa.study.ReceivedInstances} (implemented in {@code store}).
 * May import {@code conformance}, {@code dicom}, {@code order}, {@code recommendation}, {@code screening},
 * {@code protocol}, {@code advice}; never {@code store} or {@code ingest}.
 */
package org.mrpa.study;

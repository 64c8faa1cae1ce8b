/**
 * Receivers of DICOM instances: the C-STORE listener on the toolkit's association layer (the AE allow-list is checked
 * on the association request before the toolkit sees it) and the STOW-RS multipart reader. Each instance's header is
 * handed to {@link org.mrpa.study.ReceivedInstances} before the sender is answered. May import {@code dicom},
 * {@code study}, the DICOM toolkit, and of {@code store} only {@code DatabaseFailures}.
 */
package org.mrpa.ingest;

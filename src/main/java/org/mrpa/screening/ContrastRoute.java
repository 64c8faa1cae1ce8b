package org.mrpa.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contrast route a referrer names (clinical reference §3.1). */
@Schema(description = "Contrast route the referrer asks for: IV, or INTRATHECAL (never offered: not approved, S3)")
public enum ContrastRoute {
    IV,
    INTRATHECAL
}

/**
 * Start-up wiring: creates the plain-Java services (catalog, recommendation, conformance) as CDI beans, the catalog's
 * configuration and readiness check, strict JSON. The composition root: may import every room but {@code api}.
 */
package org.mrpa.app;

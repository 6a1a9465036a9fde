/**
 * Renders an {@link org.lapcheck.model.Assessment} — findings.json is the one source; every other format is
 * rendered from the same document — and writes report folders atomically.
 */
package org.lapcheck.report;

/**
 * Renders an {@link org.lapcheck.model.Assessment} in six formats — findings.json (the one source, the contract),
 * Markdown, a static HTML site with SVG charts, CSV, SARIF 2.1.0 and JUnit XML — in the six languages of
 * {@link org.lapcheck.model.Language}, marking what changed since the previous assessment (compared by
 * {@link org.lapcheck.findings.Diff}), and writes report folders atomically.
 *
 * <p>Entry points: {@link org.lapcheck.report.Renderers#forFormats} for {@code --format};
 * {@link org.lapcheck.report.MembershipTrend#partiesPerYear} for the universalization chart;
 * {@link org.lapcheck.report.ReportWriter#write} to write {@code reports/<as-of>/}. The application layer
 * ({@code app.Reports}) finds the assessment to compare with. Knows nothing of Drools or YAML.
 */
package org.lapcheck.report;

/**
 * Renders an {@link org.lapcheck.model.Assessment} in six formats — findings.json (the one source, the contract),
 * Markdown, a static HTML site with SVG charts, CSV, SARIF 2.1.0 and JUnit XML — in English, French or Spanish,
 * marking what changed since the previous assessment, and writes report folders atomically.
 *
 * <p>Entry points for the command line: {@link org.lapcheck.report.Renderers#forFormats} and
 * {@link org.lapcheck.report.Renderers#language} for {@code --format} and {@code --lang};
 * {@link org.lapcheck.report.PreviousAssessment#find} for the assessment to compare with;
 * {@link org.lapcheck.report.MembershipTrend#partiesPerYear} for the universalization chart;
 * {@link org.lapcheck.report.ReportWriter#write} to write {@code reports/<as-of>/}. Knows nothing of Drools or YAML.
 */
package org.lapcheck.report;

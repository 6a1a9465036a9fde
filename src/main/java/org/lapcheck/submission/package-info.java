/**
 * Reading the inputs: self-reports ({@code inputs/submissions/YEAR/ISO3.yaml}) and the reference data
 * (membership, calendar, machinery), with every problem of a file reported at once, at its line and column.
 * The only package that touches SnakeYAML; nothing of it leaks out ({@link org.lapcheck.submission.yaml.YamlNode}
 * carries what callers need).
 */
package org.lapcheck.submission;

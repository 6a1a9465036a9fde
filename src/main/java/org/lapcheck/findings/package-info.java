/**
 * The findings document and what is read back from a report folder: {@code findings.json}
 * ({@link org.lapcheck.findings.FindingsJson}, the contract in docs/findings-contract.md) and
 * {@code explanations.json} ({@link org.lapcheck.findings.ExplanationsJson}), written by the report and read by
 * notify, explain and the workbench; the comparison with the previous assessment ({@link org.lapcheck.findings.Diff});
 * the machinery's acknowledgements applied to the findings ({@link org.lapcheck.findings.Acknowledgements}).
 */
package org.lapcheck.findings;

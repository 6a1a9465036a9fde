/**
 * The rule cases harness: every rule's {@code <id>.cases.yaml} beside its {@code .drl} holds sentences ("fires
 * when…", "stays silent when…"), each with an as-of date, a partial world (states, reports in the real
 * self-report format, meetings, machinery) and the exact set of rules of that section expected to fire. One
 * runner serves the test suite and {@code ./lap rules test}.
 */
package org.lapcheck.assess.cases;

/**
 * E-mail to the convention's machinery: route the findings of an assessment by the machinery (coordinators,
 * gender focal points, presidency, troika, ISU, and optionally each state's contact), write one digest per
 * recipient in plain text and HTML, compose it as a MIME message into the outbox ({@code .eml} files), and
 * deliver the outbox over SMTP with a ledger so nothing is lost and nothing is sent twice.
 *
 * <p>The only package that touches Jakarta Mail. It knows nothing of Drools, YAML or the command line: it is
 * given an {@link org.lapcheck.model.Assessment}, the {@link org.lapcheck.model.Machinery} and state contacts.
 */
package org.lapcheck.notify;

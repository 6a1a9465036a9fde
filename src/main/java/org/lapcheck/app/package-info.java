/**
 * The application layer: each job lapcheck runs, assembled once from the rooms below it (submission, knowledge,
 * assess, report, notify) for every caller — the command line, the web workbench, the bench and the test suite.
 *
 * <p>{@link org.lapcheck.app.AssessJob} (inputs, rulebook, one assessment, its report folder),
 * {@link org.lapcheck.app.NotifyJob} (the e-mails of an assessment, composed into the outbox and sent),
 * {@link org.lapcheck.app.RunJob} (the two in one pass, the assessment handed over in memory),
 * {@link org.lapcheck.app.ValidateJob}, {@link org.lapcheck.app.ExplainJob}, {@link org.lapcheck.app.AcknowledgeJob},
 * {@link org.lapcheck.app.CatalogueJob}, {@link org.lapcheck.app.RuleCasesJob} and
 * {@link org.lapcheck.app.StartReport}. The {@link org.lapcheck.app.Workspace} and the environment are handed in;
 * nothing here reads JVM-wide state. A job's refusal is a {@link org.lapcheck.app.UsageException} in plain words.
 */
package org.lapcheck.app;

/**
 * One owner of words, for the reports, the e-mails and the workbench alike: the rules' translations
 * ({@link org.lapcheck.wording.MessageCatalog}, read once per rules folder and language), filling message templates
 * ({@link org.lapcheck.wording.Template}), dates and numbers per language ({@link org.lapcheck.wording.Formats}),
 * states' names per language ({@link org.lapcheck.wording.StateNames}) and the base of each label bundle
 * ({@link org.lapcheck.wording.LabelBundle}).
 */
package org.lapcheck.wording;

/**
 * Facts the rules derive from the input facts (the layer between reports and findings): who is bound, who an
 * obligation applies to, and the deadlines that follow from the treaty and the calendar. Rules in
 * {@code rules/00-derived/} insert them logically; finding rules match on them instead of repeating conditions.
 */
package org.lapcheck.model.derived;

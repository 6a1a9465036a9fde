package org.lapcheck.model.derived;

import org.lapcheck.model.StateFact;

/**
 * A derived fact that exists only for a state the convention bound in the period it speaks of. Every finding rule
 * about a state matches at least one such fact, so no rule can judge a signatory's voluntary report, or a year
 * before entry into force, against obligations the state did not have ({@code RuleScopeTest} checks it).
 */
public interface PartyScoped extends StateFact {}

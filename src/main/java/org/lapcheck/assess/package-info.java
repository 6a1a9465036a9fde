/**
 * Runs the rules: puts the facts of one assessment cycle into a Drools session, collects the findings the rules
 * raise (each built from its rule's metadata), explains them, and rolls them up into indicators per LAP action.
 */
package org.lapcheck.assess;

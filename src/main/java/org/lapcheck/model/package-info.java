/**
 * The facts lapcheck reasons about, as plain records: self-reports and their sections, the reference data
 * (membership, calendar, machinery) and the results (findings, indicators, evidence). Nothing here knows
 * about YAML or Drools, so every other layer can depend on it.
 */
package org.lapcheck.model;

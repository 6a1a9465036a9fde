package org.lapcheck.model;

/** A submission file that exists but could not be read; it is reported as an input error, not as missing. */
public record UnreadableReport(String iso3, int year, String file) {}

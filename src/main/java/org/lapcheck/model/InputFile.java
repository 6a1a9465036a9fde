package org.lapcheck.model;

/** An input file the assessment read, with its SHA-256, so a report can be traced to exactly what it judged. */
public record InputFile(String file, String sha256) {}

package org.lapcheck.model;

/**
 * One state's self-report for one reporting year, as read from {@code inputs/submissions/YEAR/ISO3.yaml}.
 * Every section may be null: a missing section means "not reported", never a breach.
 *
 * @param iso3   the reporting state (validated against the file name)
 * @param year   the calendar year the report covers (validated against the folder name)
 * @param file   the file, relative to the project, as evidence shows it
 * @param source where each value stands in the file
 */
public record SelfReport(
        String iso3,
        int year,
        String file,
        SourceMap source,
        String stateName,
        Transmittal report,
        NationalImplementation nationalImplementation,
        Stockpile stockpile,
        Retention retention,
        Clearance clearance,
        RiskEducation riskEducation,
        VictimAssistance victimAssistance,
        Cooperation cooperation,
        Universalization universalization,
        Compliance compliance,
        GenderDiversity genderDiversity,
        Finance finance,
        CrossCutting crossCutting) implements StateFact {

    /**
     * From the report's identity only. Drools hashes facts to index joins and logical insertions; the generated hash
     * walked every section and the whole source map, each time. Equal reports still hash alike: equality is unchanged.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(iso3, year, file);
    }

    public Evidence evidence(String path) {
        return source.evidence(path);
    }

    public boolean initial() {
        return report != null && report.initial();
    }
}

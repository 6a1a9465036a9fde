package org.lapcheck.model.derived;

/**
 * Article 3 or 4 work still to do at the end of the year a state party's current report covers: stocks to destroy
 * (munitions / submunitions) or area to clear (km²), as the report itself gives it. A missing figure derives nothing:
 * it is not reported, never work remaining.
 *
 * @param amount       what remains, as findings show it ("8 / 1176" munitions / submunitions, or km²)
 * @param evidencePath where the report gives it
 */
public record WorkRemaining(String iso3, int year, String article, String amount, String evidencePath) implements PartyScoped {}

package org.lapcheck.model;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a finding cites a LAP action: a code {@code lap:N:KIND} kept in the finding's params and worded by each
 * language. {@code confirmed}: the action's wording is verified, so it is cited as the LAP's own; {@code reading}: it
 * is not, so the message calls it the project's reading; {@code before}: the assessment date precedes the LAP.
 */
public final class LapCitation {

    private static final Pattern CODE = Pattern.compile("lap:(\\d+):(confirmed|reading|before)");

    private LapCitation() {}

    public static String code(int action, String kind) {
        return "lap:" + action + ":" + kind;
    }

    /** Words {@code code} with {@code wording} (a kind to a template with {n}); any other text comes back unchanged. */
    public static String word(String code, Function<String, String> wording) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return code;
        }
        String template = wording.apply(m.group(2));
        return template == null ? code : template.replace("{n}", m.group(1));
    }
}

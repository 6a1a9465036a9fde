package org.lapcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lapcheck.model.Language;

/**
 * Every language of {@link Language} has the workbench's words: a file {@code labels_LANG.properties} with every key of
 * the English one and the same placeholders, each pattern readable by MessageFormat. A language added to the model
 * needs only that file here.
 */
class WebLabelsTest {

    static Properties read(String name) throws IOException {
        try (InputStream in = WebLabelsTest.class.getResourceAsStream("/org/lapcheck/web/" + name)) {
            assertThat(in).as(name + " is missing: every language of model.Language needs one").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+(,\\s*\\w+)?)").matcher(pattern);
        while (m.find()) {
            out.add(m.group(1).replace(" ", ""));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryLabelWithTheSamePlaceholders(Language language) throws IOException {
        Properties english = read("labels.properties");
        Properties own = language == Language.EN ? english : read("labels_" + language.code() + ".properties");
        assertThat(own.stringPropertyNames()).as(language.code()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String pattern = own.getProperty(key);
            assertThat(pattern).as(language.code() + " " + key).isNotBlank();
            assertThat(placeholders(pattern)).as(language.code() + " " + key).isEqualTo(placeholders(english.getProperty(key)));
            if (!placeholders(pattern).isEmpty()) {
                // a straight apostrophe would silently eat the rest of a MessageFormat pattern
                assertThat(pattern).as(language.code() + " " + key).doesNotContain("'");
                new MessageFormat(pattern, language.locale()); // throws on a broken pattern
            }
        }
        assertThat(Labels.of(language).get("language.name")).isEqualTo(own.getProperty("language.name"));
    }
}

package org.lapcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lapcheck.TestProject;

/**
 * The project documents itself: every key the loader knows is in docs/self-report-format.md, and the README links
 * only inside the repository (a link to the workspace beside it is dead for every user).
 */
class FormatDocumentationTest {

    @Test
    void everyKeyTheLoaderKnowsIsDocumented() throws Exception {
        String doc = Files.readString(TestProject.home().resolve("docs/self-report-format.md"));
        List<String> missing = Shape.paths(SelfReportFormat.ROOT).stream().filter(p -> !doc.contains("`" + p + "`")).toList();
        assertThat(missing).as("keys missing from docs/self-report-format.md").isEmpty();
    }

    @Test
    void theReadmeLinksOnlyInsideTheRepository() throws Exception {
        String readme = Files.readString(TestProject.home().resolve("README.md"));
        Matcher link = Pattern.compile("\\]\\(([^)#]+)").matcher(readme);
        while (link.find()) {
            String target = link.group(1);
            assertThat(target).as("README link").doesNotStartWith("..").doesNotStartWith("/");
            if (!target.startsWith("http")) {
                assertThat(TestProject.home().resolve(target)).as("README link " + target).exists();
            }
        }
    }
}

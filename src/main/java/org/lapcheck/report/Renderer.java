package org.lapcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One output format (its name, for {@code --format}, is given by {@link Renderers}), rendered from an assessment as files handed to a {@link ReportSink}. */
public interface Renderer {

    /** Renders every file of this format into {@code out}, in a stable order. */
    void render(ReportContext context, ReportSink out) throws IOException;

    /** The same files in memory (relative name to UTF-8 content): for tests and e-mail attachments. */
    default Map<String, byte[]> render(ReportContext context) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            render(context, (name, text) -> files.put(name, text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the sink above does no I/O
        }
        return files;
    }
}

package org.lapcheck.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) the jar carries, for editors and states' own tooling ({@code ./lap schema}). A
 * test keeps each equal to the table the loader checks by. A schema missing from the jar is a broken build, not bad
 * input.
 */
public enum JsonSchema {

    /**
     * The self-report format: every key the loader knows, with its treaty article and LAP actions. Unknown keys are
     * left open, as the loader only warns about them.
     */
    SELF_REPORT("lap-self-report-1.schema.json"),

    /**
     * The register of instances of use ({@code use-register.yaml}, {@code ./lap schema --use-register}). Unlike the
     * self-report's it closes every object: the loader refuses unknown keys in reference data.
     */
    USE_REGISTER("reference/lapcheck-use-register-1.schema.json");

    private final String resource;
    private volatile String text;

    JsonSchema(String resource) {
        this.resource = resource;
    }

    /** The file name, for messages about the schema itself. */
    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** The schema's text, read from the jar on first use. */
    public String text() {
        String t = text;
        if (t == null) {
            text = t = read();
        }
        return t;
    }

    private String read() {
        try (InputStream in = JsonSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource + " beside " + JsonSchema.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

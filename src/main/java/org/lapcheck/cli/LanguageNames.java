package org.lapcheck.cli;

import java.util.Iterator;
import org.lapcheck.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang} for every command: read as {@link Language#parse} reads a language a user names (fr-CH is French,
 * zh-Hans and zh-CN are zh), with the codes listed in the help from {@link Language} itself.
 */
final class LanguageNames implements ITypeConverter<Language>, Iterable<String> {

    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Language.codes().iterator();
    }
}

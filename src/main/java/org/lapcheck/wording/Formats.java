package org.lapcheck.wording;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, numbers and shares as a reader of each language writes them: the one owner of these forms for the reports,
 * the digests and the rule messages.
 *
 * <p>English, French and Spanish are written out by hand (they predate the other three, and their reports stay
 * byte-for-byte the same whatever the JDK's CLDR tables say). Arabic, Chinese and Russian take their forms from the
 * JDK's own CLDR data (the default {@code java.locale.providers} since Java 9; no ICU4J needed, the JDK's data cover
 * all three): the long date pattern ({@code d MMMM y}, {@code y年M月d日}, {@code d MMMM y 'г'.}), the month names,
 * the grouping and decimal separators and the percent form. Two choices follow the United Nations' own Arabic
 * documents rather than CLDR's defaults: digits are the Western ones ({@code -u-nu-latn}: "30", not "٣٠"), and a month
 * is written with both its Levantine and its Egyptian name ("30 نيسان/أبريل 2026"), as the UN's Arabic texts do.
 * For every language a whole number is grouped from five digits on, so years ("2024") stay whole.
 */
public final class Formats {

    private static final char NBSP = '\u00a0';

    /** The UN's Arabic month names: the Levantine name, a slash, the Egyptian one (CLDR has only the latter). */
    private static final String[] ARABIC_MONTHS = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
        "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"};

    // Built once: a report formats tens of thousands of dates.
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern(" MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter SPANISH_DATE =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DATE = cldrLongDate(Locale.forLanguageTag("zh-Hans"));
    private static final DateTimeFormatter RUSSIAN_DATE = cldrLongDate(Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter ARABIC_DATE = arabicDate();

    private Formats() {}

    /**
     * The locale whose CLDR data write numbers and dates for {@code locale}'s language: Arabic with Western digits
     * ({@code ar-u-nu-latn}), Chinese as simplified Chinese ({@code zh-Hans}), others their language alone.
     */
    public static Locale formatting(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return switch (language) {
            case "ar" -> Locale.forLanguageTag("ar-u-nu-latn");
            case "zh" -> Locale.forLanguageTag("zh-Hans");
            default -> Locale.forLanguageTag(language.isEmpty() ? "en" : language);
        };
    }

    /**
     * "30 April 2025", "1er avril 2025", "30 de abril de 2025", "30 نيسان/أبريل 2025", "2025年4月30日",
     * "30 апреля 2025 г.".
     */
    public static String date(LocalDate date, Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth()))
                    + date.format(FRENCH_MONTH_YEAR);
            case "es" -> date.format(SPANISH_DATE);
            case "ar" -> date.format(ARABIC_DATE);
            case "zh" -> date.format(CHINESE_DATE);
            case "ru" -> date.format(RUSSIAN_DATE);
            default -> date.format(ENGLISH_DATE);
        };
    }

    /**
     * A whole number. French and Spanish typography groups thousands with a space only from five digits on, which
     * also keeps years ("2024") whole; English groups with commas from the same point for the same reason; Arabic,
     * Chinese and Russian with their CLDR grouping separator (",", ",", no-break space) from the same point.
     */
    public static String number(long n) {
        return number(n, Locale.ENGLISH);
    }

    public static String number(long n, Locale locale) {
        String digits = Long.toString(Math.abs(n));
        if (digits.length() < 5) {
            return Long.toString(n);
        }
        char group = switch (locale.getLanguage()) {
            case "en" -> ',';
            case "fr", "es" -> NBSP;
            default -> symbols(locale).getGroupingSeparator();
        };
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }

    /** A decimal written as text ("12.5"): the decimal comma where the language uses it. */
    public static String decimal(String plain, Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> plain;
            case "fr", "es" -> plain.replace('.', ',');
            default -> plain.replace('.', symbols(locale).getDecimalSeparator());
        };
    }

    /** A share 0..1 as a whole percentage: "76%", "76 %". */
    public static String percent(double share, Locale locale) {
        long p = Math.round(share * 100);
        return switch (locale.getLanguage()) {
            case "en" -> p + "%";
            case "fr", "es" -> p + "" + NBSP + "%";
            default -> {
                NumberFormat f = NumberFormat.getPercentInstance(formatting(locale));
                f.setGroupingUsed(false);
                // CLDR's Arabic form wraps the sign in left-to-right marks; the pages isolate numbers themselves,
                // and invisible marks would only surprise whoever reads the CSV.
                yield f.format(p / 100.0).replaceAll("[\u200e\u200f\u061c]", "");
            }
        };
    }

    /** True for the ISO form a finding keeps its dates in. */
    public static boolean isIsoDate(String value) {
        if (value == null || value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        return DecimalFormatSymbols.getInstance(formatting(locale));
    }

    private static DateTimeFormatter cldrLongDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).localizedBy(locale);
    }

    /** CLDR's Arabic long-date order ({@code d MMMM y}) with Western digits and the UN's month names. */
    private static DateTimeFormatter arabicDate() {
        Locale arabic = formatting(Locale.forLanguageTag("ar"));
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, arabic);
        Map<Long, String> months = new java.util.HashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put((long) m, ARABIC_MONTHS[m - 1]);
        }
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
        // The CLDR pattern's fields in its order; its month (MMMM) becomes the UN's double name.
        for (String part : pattern.split("(?<=MMMM)|(?=MMMM)")) {
            if (part.equals("MMMM")) {
                b.appendText(ChronoField.MONTH_OF_YEAR, months);
            } else if (!part.isEmpty()) {
                b.appendPattern(part);
            }
        }
        return b.toFormatter(arabic);
    }
}

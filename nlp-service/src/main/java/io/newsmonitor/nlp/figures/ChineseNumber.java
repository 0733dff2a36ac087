package io.newsmonitor.nlp.figures;

/**
 * Reads a number written in Arabic digits ({@code 40}, {@code 3.5}) or in Chinese numerals
 * ({@code 五百}, {@code 十四}, {@code 两}, {@code 一千二百三十}). Multipliers 万 and 亿 are left to the unit
 * ({@code 40万吨} is 40 of 万吨), so they are not part of what this class reads.
 */
public final class ChineseNumber {

    /** Characters that can make up a Chinese numeral below 万. */
    public static final String NUMERALS = "零〇一二两三四五六七八九十百千";

    private ChineseNumber() {
    }

    /** @return the value, or null when the text is not a number */
    public static Double parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (Character.isDigit(text.charAt(0))) {
            try {
                return Double.valueOf(text.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parseChinese(text);
    }

    private static Double parseChinese(String text) {
        long total = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int scale = scaleOf(c);
            if (scale < 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * scale;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return (double) total;
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int scaleOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }
}

package io.newsmonitor.nlp.figures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted policy slogans and numbered strategies:
 * <ul>
 *   <li>a quoted code of digits ({@code “1345”}, {@code “3+2”}, {@code “1+1+N”}) with the strategy noun
 *       written after it: {@code “1345”发展战略}, {@code “3691”重点布局}, {@code “3+2”工业产业体系};</li>
 *   <li>a quoted numbered slogan of four characters or more: {@code 六大突破}, {@code 四张清单},
 *       {@code 三县两地一门户}, {@code 一号工程} (shorter ones such as 六稳, 一把手 are mostly words);</li>
 *   <li>a quoted phrase followed by a strategy noun, at most four characters later: {@code “工业强县”战略},
 *       {@code “重大项目推进年”部署}, {@code “东猕西梨”特色产业布局}.</li>
 * </ul>
 * In order of first appearance, without repeats.
 */
public final class SloganExtractor {

    private static final String STRATEGY_NOUN = "(?:战略|部署|布局|体系|工程|行动|计划|思路|目标|格局|模式|机制|品牌)";

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,16})[”\"]");

    private static final Pattern CODE = Pattern.compile("[0-9N+]{2,9}");

    private static final Pattern CODE_TAIL = Pattern.compile("\\p{IsHan}{0,8}?" + STRATEGY_NOUN);

    private static final Pattern NUMBERED = Pattern.compile(
            "[^、,，;；·]*[一二两三四五六七八九十百千][大个张项号轮化县地][^、,，;；·]*");

    private static final Pattern MIN_HAN = Pattern.compile("(?:\\p{IsHan}[^\\p{IsHan}]*){4,}");

    /** Up to four characters may stand between a quoted phrase and its noun: “东猕西梨”特色产业布局. */
    private static final Pattern PHRASE_TAIL = Pattern.compile("[\\p{IsHan}&&[^等的和与及]]{0,4}?" + STRATEGY_NOUN);

    /** A quotation that joins several things (“建材和食品饮料产业”目标) is a list, not a slogan. */
    private static final Pattern LIST_WORD = Pattern.compile("[和与及的]");

    public List<String> extract(String text) {
        Set<String> slogans = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String slogan = slogan(text, quoted);
            if (slogan != null) {
                slogans.add(slogan);
            }
        }
        return List.copyOf(slogans);
    }

    private static String slogan(String text, Matcher quoted) {
        String inside = quoted.group(1).strip();
        String quotedForm = "“" + inside + "”";
        if (CODE.matcher(inside).matches() && inside.chars().anyMatch(Character::isDigit)) {
            Matcher tail = CODE_TAIL.matcher(text).region(quoted.end(), text.length());
            return tail.lookingAt() ? quotedForm + tail.group() : quotedForm;
        }
        if (NUMBERED.matcher(inside).matches() && MIN_HAN.matcher(inside).matches()) {
            return inside;
        }
        Matcher tail = PHRASE_TAIL.matcher(text).region(quoted.end(), text.length());
        if (tail.lookingAt() && MIN_HAN.matcher(inside).matches() && !LIST_WORD.matcher(inside).find()) {
            return quotedForm + tail.group();
        }
        return null;
    }
}

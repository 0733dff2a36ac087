package io.newsmonitor.nlp.entities;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names that the wording of news pages vouches for: a name right after a title
 * ({@code 市委书记罗增斌出席}, {@code 主任魏文通、}), names in a byline ({@code 作者 吴平华 李成},
 * {@code (记者 吴芳 程淇 何乾健)}, {@code 编辑:尧欣雨}) and a photographer's credit ({@code 孙小红 摄}).
 * These catch names the statistical recogniser splits or misses (吴弢, 魏文通). A name after a title
 * must still start with a surname ({@code 总书记有号令} is not a name); a byline vouches on its own.
 */
final class PersonEvidence {

    static final String TITLES = "副书记|书记|副市长|市长|副区长|区长|副县长|县长|副州长|州长|镇长|乡长|副主任|主任|副主席|主席|"
            + "秘书长|副部长|部长|局长|厅长|处长|省长|院长|检察长|教授|总经理|董事长|理事长|行长|校长|所长|社长|站长|总裁";

    /** What may follow a name that follows a title: a separator, or a verb that starts the predicate. */
    private static final String AFTER_NAME = "(?=[\\s、,，。；;:：)）]|$|出席|主持|参加|讲话|在|指出|强调|说|表示|通报|作|等"
            + "|率领|的|围绕|介绍|认为|要求|带队|调研|看望|会见|一行|同志|宣布|致辞|慰问|考察|检查|督导|部署|签署|听取"
            + "|前往|来到|深入|带领|陪同|走访|察看|接见|颁发|发言|汇报|解读|透露|提出|希望|就)";

    private static final GuardedPattern AFTER_TITLE = GuardedPattern.compile(
            "(?<!总)(?:" + TITLES + ")(\\p{IsHan}{2,3})" + AFTER_NAME, Pattern.MULTILINE, GuardedPattern.firstCharacters(TITLES));

    private static final String BYLINE_LABELS = "记者|作者|责任编辑|编辑|通讯员|摄影|来源";

    private static final GuardedPattern BYLINE = GuardedPattern.compile(
            "(?:" + BYLINE_LABELS + ")\\s*[:：]?\\s*"
                    + "(\\p{IsHan}{2,3}(?:\\s+\\p{IsHan}{2,3})*)(?=\\s*(?:[)）]|$|阅读|责任编辑|编辑))",
            Pattern.MULTILINE, GuardedPattern.firstCharacters(BYLINE_LABELS));

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{2,3})\\s*摄\\s*$", Pattern.MULTILINE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    Set<String> find(String text) {
        Set<String> names = new LinkedHashSet<>();
        GuardedPattern.Search titled = AFTER_TITLE.search(text);
        while (titled.find()) {
            if (Surnames.isSurname(titled.group(1))) {
                names.add(titled.group(1));
            }
        }
        GuardedPattern.Search byline = BYLINE.search(text);
        while (byline.find()) {
            for (String name : WHITESPACE.split(byline.group(1))) {
                names.add(name);
            }
        }
        if (text.indexOf('摄') >= 0) { // what every credit ends with; the expression itself tries every position
            collect(PHOTO_CREDIT.matcher(text), names);
        }
        names.removeIf(name -> !JunkNames.isPlausiblePerson(name));
        return names;
    }

    private static void collect(Matcher m, Set<String> names) {
        while (m.find()) {
            names.add(m.group(1));
        }
    }
}

package io.newsmonitor.nlp.clean;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a Simplified text, line by line: breadcrumbs ({@code 当前位置:首页 > …}),
 * the site's top bar ({@code 今天是:2025年4月3日 星期四}, {@code 欢迎访问…}, {@code …人民政府门户网站}),
 * contact lines (联系人, 邮箱, 邮政编码, 网址, 地址, 电话 …) with their short continuation lines,
 * copyright and reprint notices, ICP licence numbers and the site's sponsor lines (主办单位, 技术支持,
 * 网站标识码), previous/next links, comment widgets, page tool lines ({@code 分享到:}, {@code 扫一扫在手机打开当前页},
 * {@code 【打印本页】【关闭窗口】}), and a line repeating the line before it (a photo caption printed twice).
 * Inside a line, such as the header {@code 发布时间:2025-03-12 09:30 来源:… 浏览次数:1268 字号:大 中 小},
 * it removes view counters and page tools and keeps the rest; a counter without a number
 * ({@code 阅读:}, filled in by script) stays.
 * Paragraphs are kept with one blank line at most between them, so the body keeps its shape; each
 * line is trimmed of the indentation (spaces, U+3000, no-break spaces) pages put before paragraphs.
 *
 * <p>It runs after conversion to Simplified so that every rule is written once.
 */
public final class FurnitureRemover {

    /** {@code 当前位置:首页 > 新闻}, {@code 您的位置:…}, or a short line of sections joined by {@code >}. */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^\\s*(当前位置\\s*[:：]\\s*)?首页\\s*[>＞»]|^\\s*(当前位置|您的位置|你的位置|您现在的位置|所在位置)\\s*[:：]"
                    + "|^\\s*(?:[^。！？，>＞»]{1,20}[>＞»]\\s*)+[^。！？，>＞»]{0,15}\\p{IsHan}[^。！？，>＞»]{0,15}$");

    private static final Pattern CONTACT = Pattern.compile(
            "^\\s*(投稿及商务合作电话|投稿邮箱|联系人|联系方式|联系电话|邮箱|电子邮箱|邮政编码|邮编|网址|地址|电话|传真)"
                    + "\\s*[:：]?");

    private static final GuardedPattern NOTICE = GuardedPattern.compile(
            "Copyright|©|Produced By|版权所有|版权与免责声明|未经授权|未经本网授权|严禁转载|不得转载|ICP备|ICP证|网安备"
                    + "|主办单位|承办单位|技术支持|网站标识码|网站识别码|^\\s*[①②③④⑤]", "[C©P版未严不I网主承技①②③④⑤\\s]");

    private static final Pattern NAVIGATION = Pattern.compile("^\\s*(上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|相关文章|推荐阅读|返回顶部|返回列表|返回首页)\\s*[:：]?");

    private static final Pattern COMMENTS = Pattern.compile("^\\s*(网友评论|全部评论|我要评论|发表评论|评论\\s*\\d*\\s*$)");

    /** The site's own top bar: today's date and a welcome ({@code 今天是:2025年4月3日 星期四}, {@code 欢迎访问…}). */
    private static final Pattern BANNER = Pattern.compile("^\\s*(今天是|今日是|欢迎访问|欢迎来到|欢迎光临)");

    /**
     * The site's name alone on its line above the article ({@code …人民政府门户网站}, {@code 重庆市綦江区人民政府}):
     * a headline always says what happened. Below the body the same line signs a government document and stays.
     */
    private static final Pattern SITE_NAME = Pattern.compile(
            "^\\s*[\\p{IsHan}·]{2,24}(人民政府|人民政府网|政府网|政务网|门户网站|官方网站|政府网站)\\s*$");

    /** A line of page tools only: share buttons, the QR code to open the page on a phone, print and close. */
    private static final Pattern TOOLS = Pattern.compile(
            "^\\s*(分享到|扫一扫|打印本页|打印此页|关闭窗口|关闭本页|收藏本页|加入收藏|设为首页|网站地图|我要纠错"
                    + "|联系我们|关于我们|网站声明|免责声明)");

    /** Page tools inside a line: {@code 字号:大 中 小}, {@code 【打印本页】}, {@code 【关闭】}. */
    private static final GuardedPattern INLINE_TOOLS = GuardedPattern.compile(
            "[【\\[]?\\s*(?:字号|字体)\\s*[:：]?\\s*[【\\[]?\\s*大\\s*[】\\]]?\\s*[【\\[]?\\s*中\\s*[】\\]]?\\s*[【\\[]?\\s*小\\s*[】\\]]?\\s*[】\\]]?"
                    + "|【\\s*(?:打印本页|打印此页|我要打印|打印|列印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|我要纠错|返回顶部)\\s*】",
            "[【\\[\\s字]");

    /** A view counter inside a header line: {@code 浏览次数:1268}, {@code 点击数:356}, {@code [阅读:89次]}. */
    private static final GuardedPattern COUNTER = GuardedPattern.compile(
            "[【\\[]?\\s*(?:浏览次数|浏览量|阅读次数|阅读数|阅读量|点击次数|点击数|点击量|点击率|访问量|访问次数|点击|浏览|阅读)"
                    + "\\s*[:：]\\s*(?:\\d[\\d,，]*|-{1,3})\\s*次?\\s*[】\\]]?", "[【\\[\\s浏阅点访]");

    private static final Pattern TRAILING_BAR = Pattern.compile("[\\s\\u3000|｜]+$");

    /** Tool lines are short; a longer line that starts with 打印 or 分享 is text. */
    private static final int MAX_TOOL_LINE_CHARS = 40;

    /** A contact block sometimes wraps: {@code 地址:巴中市江北大道西段凯悦} then {@code 名城9栋12楼}. */
    private static final int MAX_CONTINUATION_CHARS = 12;

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？!?，,;；]");

    public String remove(String text) {
        return remove(text, new Removals());
    }

    /**
     * Removes the furniture and records each removed line (stripped) under its category:
     * {@code breadcrumb}, {@code banner}, {@code tools}, {@code counter}, {@code contact}, {@code copyright},
     * {@code navigation}, {@code comments}, or {@code duplicate} for a line that repeats the one before it
     * (pages print photo captions twice). A counter or tool removed from inside a line is recorded alone.
     */
    public String remove(String text, Removals removed) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean afterContact = false;
        String previous = "";
        boolean inBody = false;
        for (String line : lines) {
            String category = !inBody && mayNameASite(line) && SITE_NAME.matcher(line).lookingAt() ? "banner" : category(line);
            if (category != null) {
                afterContact = category.equals("contact");
                removed.add(category, line.strip());
                continue;
            }
            if (afterContact && isContinuation(line)) {
                removed.add("contact", line.strip());
                continue;
            }
            afterContact = false;
            String rest = removeInline(line, removed);
            if (rest.isBlank() && !line.isBlank()) {
                continue;
            }
            String trimmed = rest.replace('\u00A0', ' ').strip();
            if (!trimmed.isEmpty() && trimmed.equals(previous)) {
                removed.add("duplicate", trimmed);
                continue;
            }
            if (!trimmed.isEmpty()) {
                previous = trimmed;
                inBody = inBody || SENTENCE_PUNCTUATION.matcher(trimmed).find();
            }
            boolean secondBlank = trimmed.isEmpty() && !kept.isEmpty() && kept.get(kept.size() - 1).isEmpty();
            if (!secondBlank) {
                kept.add(trimmed);
            }
        }
        return String.join("\n", kept).strip();
    }

    /**
     * The furniture category of a line, or null when it is text. The expressions anchored with {@code ^} can only
     * match at the line's start, so they are tried there alone ({@code lookingAt}) instead of at every position.
     */
    private static String category(String line) {
        if (mayBeBreadcrumb(line) && BREADCRUMB.matcher(line).lookingAt()) {
            return "breadcrumb";
        }
        if (BANNER.matcher(line).lookingAt()) {
            return "banner";
        }
        if (TOOLS.matcher(line).lookingAt() && line.strip().length() <= MAX_TOOL_LINE_CHARS) {
            return "tools";
        }
        if (NOTICE.search(line).found()) {
            return "copyright";
        }
        if (CONTACT.matcher(line).lookingAt()) {
            return "contact";
        }
        if (NAVIGATION.matcher(line).lookingAt()) {
            return "navigation";
        }
        return COMMENTS.matcher(line).lookingAt() ? "comments" : null;
    }

    /** The line without its page tools ({@code tools}) and view counters ({@code counter}), each recorded. */
    private static String removeInline(String line, Removals removed) {
        String rest = line;
        for (GuardedPattern inline : List.of(INLINE_TOOLS, COUNTER)) {
            if (!mayHold(inline, rest)) {
                continue;
            }
            GuardedPattern.Search first = inline.search(rest);
            if (!first.found()) {
                continue;
            }
            // The plain matcher takes over at the first match, for appendReplacement, without scanning up to it.
            Matcher m = inline.pattern().matcher(rest);
            m.find(first.start());
            String category = inline == COUNTER ? "counter" : "tools";
            StringBuilder kept = new StringBuilder();
            do {
                removed.add(category, m.group().strip());
                m.appendReplacement(kept, "");
            } while (m.find());
            m.appendTail(kept);
            rest = kept.toString();
        }
        // A header loses its counter at the end and keeps the bar that stood before it: 发布时间:… | 点击:1,203.
        return rest == line ? rest.stripTrailing() : TRAILING_BAR.matcher(rest).replaceFirst("");
    }

    /**
     * Whether the line holds what every {@link #BREADCRUMB} needs, a {@code >} or the word 位置: most lines hold
     * neither, and the expression, which backtracks over a line's first twenty characters, is not tried on them.
     */
    private static boolean mayBeBreadcrumb(String line) {
        return line.indexOf('>') >= 0 || line.indexOf('＞') >= 0 || line.indexOf('»') >= 0 || line.contains("位置");
    }

    /** Whether the line holds a word every {@link #SITE_NAME} ends with: 政府, 政务网 or 网站. */
    private static boolean mayNameASite(String line) {
        return line.contains("政府") || line.contains("网站") || line.contains("政务网");
    }

    /**
     * Whether the line holds what every match of the inline expression holds: 字号, 字体 or 【 for the tools, a
     * counter's 浏览, 阅读, 点击 or 访问. Their searches start at every space, so a line without is passed over.
     */
    private static boolean mayHold(GuardedPattern inline, String line) {
        if (inline == COUNTER) {
            return line.contains("浏览") || line.contains("阅读") || line.contains("点击") || line.contains("访问");
        }
        return line.indexOf('【') >= 0 || line.contains("字号") || line.contains("字体");
    }

    private static boolean isContinuation(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty()
                && trimmed.length() <= MAX_CONTINUATION_CHARS
                && !SENTENCE_PUNCTUATION.matcher(trimmed).find();
    }
}

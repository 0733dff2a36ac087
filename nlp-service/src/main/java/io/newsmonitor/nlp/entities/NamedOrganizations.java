package io.newsmonitor.nlp.entities;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.nlp.places.DivisionCatalog;
import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named organisations by how news text writes them, without a list of names:
 * <ul>
 * <li>a name with an organisation ending ({@code 万凯新材料科技公司}, {@code 太极集团}, {@code 中国人民大学},
 * {@code 中国酱腌菜重点实验室}, {@code 涪陵区融媒体中心}), cut at the verb or function word before it
 * ({@code 川渝共建中国酱腌菜重点实验室}); an industry ending ({@code 奋安铝业}, {@code 联友纺织}) only where the
 * name ends ({@code 纺织服装产业} is no company);</li>
 * <li>the leaders of an industry ({@code 以福兴杭萧等为代表的装备制造产业}, {@code 以奋安铝业为龙头});</li>
 * <li>a dateline's outlet ({@code 涪陵网讯}, {@code 中新网四川新闻10月17日电});</li>
 * <li>development zones after a division name ({@code 广元经济技术开发区}, {@code 巴中经开区党工委}: the zone);</li>
 * <li>central bodies and national media from short general dictionaries ({@code 党中央}, {@code 国务院}, {@code 新华社}).</li>
 * </ul>
 * A name is kept only if something specific is left once generic words are taken off ({@code 产业研究院},
 * {@code 城市医疗集团}, {@code 龙头企业} are no names).
 */
final class NamedOrganizations {

    private static final String DELIMITER = "[^\\p{IsHan}]";

    private static final String ENDINGS = "股份有限公司|有限责任公司|有限公司|集团|公司|大学|学院|研究院"
            + "|研究所|研究中心|重点实验室|实验室|医院|协会|学会|商会|基金会|融媒体中心|广播电视台|电视台|日报社|日报|晚报|报社|新闻网";

    private static final GuardedPattern WITH_ENDING =
            GuardedPattern.compile("(?:" + ENDINGS + ")", GuardedPattern.firstCharacters(ENDINGS));

    /** Another name's ending and a conjunction: 四川大学华西医院与 before 成都市第一人民医院. */
    private static final Pattern JOINED = Pattern.compile("(?:集团|公司|大学|学院|研究院|研究所|实验室|医院|协会|学会|政府|委|局)(?:与|同|及|和|、)");

    private static final Pattern FINAL_ENDING = Pattern.compile("(?:" + ENDINGS + ")$");

    private static final String INDUSTRIES = "铝业|纺织|科技|药业|钢铁|化工|电器|实业|控股|股份|乳业|酒业"
            + "|光电|重工|建工|锂业|矿业|制药|电气|建材";

    /** Industry words that end a company's short name only where the name ends (联友纺织等, 奋安铝业为). */
    private static final GuardedPattern INDUSTRY_ENDING = GuardedPattern.compile("(?:" + INDUSTRIES + ")(?="
            + DELIMITER + "|$|等|为|作|与|和|及|是|将|已|在|的|公司|集团|年产)", GuardedPattern.firstCharacters(INDUSTRIES));

    /** Verbs and function words after which a name starts. */
    private static final Pattern NAME_START = Pattern.compile(".*(?:了|的|和|及|在|对|向|由|把|将|以|从|为|同|跟|共建|建设|打造|组建"
            + "|成立|依托|联合|邀请|支持|推动|加快|推进|引进|携手|会同|牵头|落户|入驻|据|是|有|参加|出席|召开|举行|观摩|考察|调研"
            + "|走进|来到|前往|等|与会|被|让|使|给)");

    private static final GuardedPattern LEADERS = GuardedPattern.compile(
            "以(\\p{IsHan}{2,8}?(?:、\\p{IsHan}{2,8}?)*)等为[“\"]?(?:龙头|链主|代表|重点|核心)", "[以]");

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*(\\p{IsHan}{2,6}?(?:网|社))(?:讯|\\p{IsHan}{0,8}\\d{1,2}月\\d{1,2}日[电讯])");

    private static final String ZONES = "经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|综合保税区|综保区";

    private static final GuardedPattern ZONE =
            GuardedPattern.compile("(?:" + ZONES + ")(?:党工委|管委会)?", GuardedPattern.firstCharacters(ZONES));

    private static final String CENTRAL_BODIES = "党中央|中共中央|国务院|全国人大常委会|全国人大|全国政协|中央军委|中央纪委"
            + "|国家发展改革委|国家发改委|最高人民法院|最高人民检察院|新华社|中新社|中国新闻社|人民日报|新华网|人民网|中新网|中国新闻网"
            + "|中央广播电视总台|中央电视台|央视|光明日报|经济日报|中国日报|澎湃新闻|环球时报";

    private static final GuardedPattern CENTRAL = GuardedPattern.compile("(?:" + CENTRAL_BODIES + ")(?![门分])",
            GuardedPattern.firstCharacters(CENTRAL_BODIES));

    /** Words that say what an organisation does or is, not which one it is. */
    private static final Pattern GENERIC_WORD = Pattern.compile("产业|城市|医疗|国有|民营|企业|重点|龙头|新材料|材料|科创|区域|数字"
            + "|现代|地方|相关|有关|部分|大型|中小|骨干|优势|特色|新兴|高新|科技|创新|行业|国家|省级|市级|县级|区级|中国|全国|全省|全市"
            + "|全县|全区|各|该|本|这|其|有|一|多|项目|工业|经济|发展|建设|研究|技术|工程|服务|管理|综合|示范|专业|职业|公立"
            + "|社会|公共|基层|乡村|农村|新型|传统|知名|头部|上市|外资|投资|平台|物业|建筑|农业|运营|开发|贸易|咨询|文化|旅游"
            + "|传媒|城投|交投|国资|担保|电力|水务|燃气|供电|物流|电商|网络|信息|医药|汽车|能源|商贸|置业|房地产|地产|保险"
            + "|子|母|分|总|央|省|市|县|区|镇|乡");

    private static final int MAX_NAME = 20;

    /** A company's short name before an industry word: 奋安 in 奋安铝业. */
    private static final int MAX_BRAND = 4;

    /** 紧密型, 创新型: a stem that describes a type of organisation, not one organisation. */
    private static final String DESCRIPTIVE = "型";

    private final DivisionCatalog catalog;

    NamedOrganizations(DivisionCatalog catalog) {
        this.catalog = catalog;
    }

    /** Name → kind of every named organisation found in the text. */
    Map<String, String> find(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        endings(text, WITH_ENDING, found);
        endings(text, INDUSTRY_ENDING, found);
        GuardedPattern.Search leaders = LEADERS.search(text);
        while (leaders.find()) {
            for (String name : leaders.group(1).split("、")) {
                if (specific(name) && !name.endsWith("企业") && !name.endsWith("集群")) {
                    found.putIfAbsent(name, OrganizationKinds.of(name, OrganizationMention.COMPANY));
                }
            }
        }
        Matcher dateline = DATELINE.matcher(text);
        while (dateline.find()) {
            found.putIfAbsent(dateline.group(1), OrganizationKinds.of(dateline.group(1), OrganizationMention.MEDIA));
        }
        GuardedPattern.Search central = CENTRAL.search(text);
        while (central.find()) {
            found.putIfAbsent(central.group(), OrganizationKinds.of(central.group(), OrganizationMention.GOVERNMENT));
        }
        zones(text, found);
        return found;
    }

    private static void endings(String text, GuardedPattern ending, Map<String, String> found) {
        GuardedPattern.Search m = ending.search(text);
        while (m.find()) {
            if (WITH_ENDING.pattern().matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // 集团 in 集团有限公司: the longer ending names the organisation
            }
            int clauseStart = m.start();
            while (clauseStart > 0 && Character.UnicodeScript.of(text.codePointAt(clauseStart - 1))
                    == Character.UnicodeScript.HAN && m.end() - clauseStart < MAX_NAME + 10) {
                clauseStart--;
            }
            String run = text.substring(clauseStart, m.start());
            Matcher start = NAME_START.matcher(run);
            String stem = start.lookingAt() ? run.substring(start.end()) : run;
            Matcher joined = JOINED.matcher(stem);
            while (joined.find()) {
                stem = stem.substring(joined.end());
                joined = JOINED.matcher(stem);
            }
            String name = stem + m.group();
            boolean brand = ending == INDUSTRY_ENDING;
            if (name.length() <= MAX_NAME && specific(stem) && !stem.contains(DESCRIPTIVE)
                    && (!brand || stem.length() <= MAX_BRAND && CoreDictionary.get(stem) == null)) {
                found.putIfAbsent(name, OrganizationKinds.of(name,
                        brand ? OrganizationMention.COMPANY : OrganizationMention.OTHER));
            }
        }
    }

    /** A development zone after a division name; its 党工委 and 管委会 count as the zone. */
    private void zones(String text, Map<String, String> found) {
        GuardedPattern.Search m = ZONE.search(text);
        while (m.find()) {
            for (int length = Math.min(8, m.start()); length >= 2; length--) {
                String place = text.substring(m.start() - length, m.start());
                if (!catalog.byName(place).isEmpty()) {
                    String zone = place + m.group().replaceFirst("(党工委|管委会)$", "");
                    found.putIfAbsent(zone, OrganizationMention.GOVERNMENT);
                    break;
                }
            }
        }
    }

    /** True if something specific is left of the name once its organisation ending is taken off (县城投公司: no). */
    static boolean specificName(String name) {
        Matcher ending = FINAL_ENDING.matcher(name);
        return specific(ending.find() ? name.substring(0, ending.start()) : name);
    }

    /** True if at least two characters are left once generic words are taken off. */
    static boolean specific(String stem) {
        return GENERIC_WORD.matcher(stem).replaceAll("").length() >= 2;
    }
}

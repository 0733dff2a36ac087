package io.newsmonitor.nlp.entities;

import java.util.regex.Pattern;

/**
 * Decides which words the segmenter tags as organisations are real organisation names. HanLP's organisation
 * recogniser (now off) glued verbs on ({@code 学习市委}, {@code 以清洁能源}) and returned generic references
 * ({@code 市委}, {@code 区发展改革委}); a name must end like an organisation, must not start with a
 * word that begins a clause, and must be more than a bare administrative body.
 */
final class OrganizationNames {

    private static final Pattern ORGANIZATION_ENDING = Pattern.compile(
            "(集团|公司|有限公司|股份|大学|学院|研究院|研究所|实验室|银行|医院|融媒体中心|宣传部|组织部|党工委|管委会"
                    + "|委员会|县委|区委|市委|省委|常委会|人民政府|政府|政协|法院|检察院|新闻社|社|网|报社|电视台|铝业|纺织)$");

    /**
     * Characters and words that begin a clause, never a name (the recogniser glued them on), and
     * descriptive words that make a generic reference ({@code 城市医疗集团}, {@code 产业研究院}).
     */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "^(以|为|将|把|对|在|和|与|及|有|由|从|向|被|让|使|学习|建|强|用|好|第|有关|部分|驻|各|全|该|本|其|大|新|抓|促"
                    + "|推动|推进|加快|打造|服务|城市|区域|产业|科技|物资|重点|开放|工业|企业|创新|融合|发展|医疗|教育|金融)");

    /** What is left of a generic reference once the administrative level is taken off. */
    private static final Pattern GENERIC = Pattern.compile(
            "^[省市县区乡镇]?(委|委政府|委常委会|常委会|人大常委会|政府|人民政府|政协|党工委|管委会|法院|检察院|委宣传部|宣传部"
                    + "|发改委|发展改革委|\\p{IsHan}{1,4}(局|委))$");

    private OrganizationNames() {
    }

    static boolean plausible(String name) {
        return JunkNames.isPlausibleName(name)
                && name.length() >= 3
                && ORGANIZATION_ENDING.matcher(name).find()
                && !CLAUSE_START.matcher(name).find()
                && !GENERIC.matcher(name).matches();
    }
}

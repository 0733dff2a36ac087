package io.newsmonitor.nlp.entities;

import io.newsmonitor.events.OrganizationMention;
import java.util.regex.Pattern;

/**
 * The kind of an organisation from how its name ends: government and party bodies and the zones they run,
 * media, institutions (universities, institutes, hospitals, associations), companies. Names that end in none
 * of these are {@code other}.
 */
final class OrganizationKinds {

    private static final Pattern GOVERNMENT = Pattern.compile("(党中央|中共中央|国务院|委|政府|人大|人大常委会|政协|法院|检察院|局"
            + "|厅|部|办|党工委|管委会|开发区|经开区|高新区|综保区|保税区|督导组)$");

    private static final Pattern MEDIA = Pattern.compile("(社|网|报|日报|晚报|电视台|广播电视台|融媒体中心|新闻|时报|传媒)$");

    private static final Pattern INSTITUTION = Pattern.compile("(大学|学院|研究院|研究所|研究中心|实验室|医院|协会|学会|商会"
            + "|基金会|学校|中学|小学|科学院|工程院)$");

    private static final Pattern COMPANY = Pattern.compile("(集团|公司|股份|银行|铝业|纺织|科技|药业|钢铁|化工|电器|实业|控股"
            + "|能源|食品|乳业|酒业|电子|光电|机械|重工|建工|材料|物流|证券|保险)$");

    private OrganizationKinds() {
    }

    /** The kind by the name's ending, or {@code fallback} when no ending tells. */
    static String of(String name, String fallback) {
        if (MEDIA.matcher(name).find() && !name.endsWith("公司")) {
            return OrganizationMention.MEDIA;
        }
        if (INSTITUTION.matcher(name).find()) {
            return OrganizationMention.INSTITUTION;
        }
        if (COMPANY.matcher(name).find()) {
            return OrganizationMention.COMPANY;
        }
        if (GOVERNMENT.matcher(name).find()) {
            return OrganizationMention.GOVERNMENT;
        }
        return fallback;
    }
}

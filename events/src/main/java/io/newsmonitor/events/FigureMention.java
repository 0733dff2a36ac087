package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A quantified target, project or count stated by an article, e.g. {@code 年产40万吨绿色基材(工业硅)项目},
 * {@code 3个五百亿级产业集群}, {@code 130余家企业}.
 *
 * @param text the phrase as written
 * @param value the number as written (40 for 40万吨; the 万 stays in the unit), or null
 * @param unit the unit after the number (万吨, 亿元, 家, 个, %), or null
 * @param subject what is counted or built (企业, 产业集群), or null
 * @param kind one of {@link #PROJECT}, {@link #TARGET}, {@link #MONEY}, {@link #COUNT}, {@link #PERCENT},
 *     {@link #OTHER}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FigureMention(String text, Double value, String unit, String subject, String kind) {

    public static final String PROJECT = "project";
    public static final String TARGET = "target";
    public static final String MONEY = "money";
    public static final String COUNT = "count";
    public static final String PERCENT = "percent";
    public static final String OTHER = "other";
}

package io.newsmonitor.nlp.entities;

import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.nlp.places.DivisionCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts together the organisations of one text from every source: the words HanLP's dictionary tags as organisations and
 * {@link OrganizationNames} accepts, brands the text names as producers ({@code 通威年产40万吨…}), the names
 * {@link NamedOrganizations} finds by pattern, and the government bodies {@link GovernmentBodies} names with
 * their place. One entry per organisation: a name found only inside a longer one and without an ending of its
 * own is a fragment ({@code 华峰} inside {@code 华峰集团}); a zone's 党工委 or 管委会 counts as the zone; a
 * branch ({@code 四川分社}) counts as nothing by itself.
 */
final class OrganizationMerger {

    private static final Pattern OWN_ENDING = Pattern.compile("(大学|学院|研究院|集团|公司|社|网|委|局|政府|政协|法院|检察院|中心"
            + "|实验室|医院|开发区|经开区|高新区)$");

    private static final Pattern BRANCH_OR_ZONE_BODY = Pattern.compile("(分社|分公司|分行|支行|分院|(开发区|经开区|高新区)(党工委|管委会))$");

    private final NamedOrganizations named;
    private final GovernmentBodies government;

    OrganizationMerger(DivisionCatalog catalog) {
        this.named = new NamedOrganizations(catalog);
        this.government = new GovernmentBodies(catalog);
    }

    /**
     * @param recognised words the segmenter tagged as organisations
     * @param producers names written as the subject of an output figure (通威 in 通威年产40万吨)
     * @param places the text's places, resolved to divisions where possible
     */
    List<OrganizationMention> merge(Set<String> recognised, Set<String> producers, List<PlaceMention> places,
            String text) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String name : recognised) {
            if (OrganizationNames.plausible(name) && !BRANCH_OR_ZONE_BODY.matcher(name).find()
                    && !GovernmentBodies.endsWithBody(name) && !name.endsWith("常委会")
                    && NamedOrganizations.specificName(name)) {
                kinds.put(name, OrganizationKinds.of(name, OrganizationMention.OTHER));
            }
        }
        for (String name : producers) {
            if (NamedOrganizations.specific(name)) {
                kinds.putIfAbsent(name, OrganizationMention.COMPANY);
            }
        }
        named.find(text).forEach(kinds::putIfAbsent);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        kinds.keySet().forEach(name -> mentions.put(name, EntityExtractor.occurrences(name, text)));
        List<OrganizationMention> found = new ArrayList<>();
        kinds.forEach((name, kind) -> found.add(new OrganizationMention(name, mentions.get(name), kind)));
        government.find(text, withoutPartsOfNames(places, found, text)).forEach((name, count) -> {
            kinds.put(name, OrganizationMention.GOVERNMENT);
            mentions.merge(name, count, Math::max);
        });
        List<OrganizationMention> result = new ArrayList<>();
        for (Map.Entry<String, String> entry : kinds.entrySet()) {
            String name = entry.getKey();
            boolean normalised = OrganizationMention.GOVERNMENT.equals(entry.getValue());
            if (normalised || !isFragment(name, kinds.keySet(), text)) {
                result.add(new OrganizationMention(name, Math.max(1, mentions.get(name)), entry.getValue()));
            }
        }
        result.sort(Comparator.comparingInt(OrganizationMention::mentions).reversed()
                .thenComparing(OrganizationMention::name));
        return result;
    }

    /**
     * Drops the places that the text only writes inside the name of a company, institution or medium (四川 in
     * 四川大学, 宁德 in 宁德时代); places inside a government body's or zone's name stay (绵阳 in 绵阳高新区).
     */
    static List<PlaceMention> withoutPartsOfNames(List<PlaceMention> places, List<OrganizationMention> organizations,
            String text) {
        List<String> names = organizations.stream()
                .filter(o -> !OrganizationMention.GOVERNMENT.equals(o.kind()))
                .map(OrganizationMention::name).toList();
        return places.stream().filter(place -> {
            int inside = names.stream().filter(name -> name.contains(place.name()))
                    .mapToInt(name -> EntityExtractor.occurrences(name, text)).sum();
            return inside == 0 || EntityExtractor.occurrences(place.name(), text) > inside;
        }).toList();
    }

    /**
     * True if every occurrence of the name is inside a longer name found: anywhere inside for a name without an
     * ending of its own (华峰 in 华峰集团), at the end for one with it (天然气集团有限公司 in 中国石油天然气集团有限公司;
     * 中国人民大学 before its institute stays).
     */
    private static boolean isFragment(String name, Set<String> names, String text) {
        boolean ownEnding = OWN_ENDING.matcher(name).find();
        int alone = EntityExtractor.occurrences(name, text);
        for (String other : names) {
            if (!other.equals(name) && (ownEnding ? other.endsWith(name) : other.contains(name))) {
                alone -= EntityExtractor.occurrences(other, text);
            }
        }
        return alone <= 0;
    }
}

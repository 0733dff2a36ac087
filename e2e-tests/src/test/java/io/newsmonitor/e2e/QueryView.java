package io.newsmonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** What query-service's article list shows: how many articles, and their ids, read page by page. */
final class QueryView {

    private QueryView() {
    }

    /** The number of articles in the view of the query-service at {@code baseUrl}. */
    static int total(String baseUrl) {
        return Api.getJson(baseUrl + "/api/articles?limit=1").path("total").asInt();
    }

    /** The id of every article in the view. */
    static Set<String> ids(String baseUrl) {
        Set<String> ids = new HashSet<>();
        int total = total(baseUrl);
        for (int offset = 0; offset < total; offset += 100) {
            JsonNode page = Api.getJson(baseUrl + "/api/articles?limit=100&offset=" + offset);
            ids.addAll(Api.names(page.path("items"), "id"));
        }
        return ids;
    }
}

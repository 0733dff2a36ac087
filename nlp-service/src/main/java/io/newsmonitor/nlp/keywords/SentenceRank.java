package io.newsmonitor.nlp.keywords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TextRank over sentences, with BM25 similarity between them: the ranking HanLP's {@code TextRankSentence}
 * computes (same constants, same arithmetic in the same order, so the same ranks), written over hash maps
 * built once per article instead of HanLP's tree maps, which made it the summary's main cost.
 */
final class SentenceRank {

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 200;
    private static final double MIN_CHANGE = 0.001;
    private static final float K1 = 1.5f;
    private static final float B = 0.75f;

    private SentenceRank() {
    }

    /**
     * @param sentences each sentence's words, in order, repeats included
     * @return the sentence indexes, most central first; sentences with exactly the same score keep only the
     *     last of them, as in HanLP
     */
    static int[] rank(List<List<String>> sentences) {
        double[][] weight = similarities(sentences);
        int n = sentences.size();
        double[] weightSum = new double[n];
        double[] vertex = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double w : weight[i]) {
                sum += w;
            }
            weightSum[i] = sum - weight[i][i];
            vertex[i] = 1.0;
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double maxChange = 0;
            for (int i = 0; i < n; i++) {
                next[i] = 1 - DAMPING;
                for (int j = 0; j < n; j++) {
                    if (j != i && weightSum[j] != 0) {
                        next[i] += DAMPING * weight[j][i] / weightSum[j] * vertex[j];
                    }
                }
                maxChange = Math.max(maxChange, Math.abs(next[i] - vertex[i]));
            }
            vertex = next;
            if (maxChange <= MIN_CHANGE) {
                break;
            }
        }
        TreeMap<Double, Integer> top = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < n; i++) {
            top.put(vertex[i], i);
        }
        return top.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** BM25 score of each sentence (as the query) against each sentence (as the document). */
    private static double[][] similarities(List<List<String>> sentences) {
        int n = sentences.size();
        double averageLength = 0;
        List<Map<String, Integer>> frequencies = new ArrayList<>(n);
        Map<String, Integer> documentFrequencies = new HashMap<>();
        for (List<String> sentence : sentences) {
            averageLength += sentence.size();
            Map<String, Integer> tf = new HashMap<>();
            sentence.forEach(word -> tf.merge(word, 1, Integer::sum));
            tf.keySet().forEach(word -> documentFrequencies.merge(word, 1, Integer::sum));
            frequencies.add(tf);
        }
        averageLength /= n;
        Map<String, Double> idf = new HashMap<>();
        documentFrequencies.forEach((word, df) -> idf.put(word, Math.log(n - df + 0.5) - Math.log(df + 0.5)));
        double[][] weight = new double[n][n];
        for (int j = 0; j < n; j++) {
            Map<String, Integer> tf = frequencies.get(j);
            double lengthNorm = K1 * (1 - B + B * sentences.get(j).size() / averageLength);
            for (int i = 0; i < n; i++) {
                double score = 0;
                for (String word : sentences.get(i)) {
                    Integer count = tf.get(word);
                    if (count != null) {
                        score += idf.get(word) * count * (K1 + 1) / (count + lengthNorm);
                    }
                }
                weight[i][j] = score;
            }
        }
        return weight;
    }
}

package io.newsmonitor.nlp.script;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;

/**
 * Tells Simplified from Traditional by counting characters that exist in only one of the two scripts:
 * a text is Traditional when at least 90 % of those are Traditional-only, Simplified when fewer than
 * 10 % are, and mixed in between.
 * opencc4j's {@code isSimple}/{@code isTraditional} cannot be used for this: most characters (一, 人,
 * 中 …) are both, and those methods answer true for them.
 */
public final class ScriptDetector {

    /** Below this share of Traditional-only characters a text is Simplified; above 1 minus it, Traditional. */
    private static final double MINORITY_SHARE = 0.1;

    private static final byte NEITHER = 0;
    private static final byte TRADITIONAL_ONLY = 1;
    private static final byte SIMPLIFIED_ONLY = 2;

    /** Each character's class, looked up once at start-up instead of twice per character of every text. */
    private static final byte[] CLASSES = classes();

    public Script detect(String text) {
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            byte kind = CLASSES[text.charAt(i)];
            if (kind == TRADITIONAL_ONLY) {
                traditionalOnly++;
            } else if (kind == SIMPLIFIED_ONLY) {
                simplifiedOnly++;
            }
        }
        int distinctive = traditionalOnly + simplifiedOnly;
        if (traditionalOnly == 0 || distinctive == 0) {
            return Script.SIMPLIFIED;
        }
        double traditionalShare = (double) traditionalOnly / distinctive;
        if (traditionalShare < MINORITY_SHARE) {
            return Script.SIMPLIFIED;
        }
        if (traditionalShare > 1 - MINORITY_SHARE) {
            return Script.TRADITIONAL;
        }
        return Script.MIXED;
    }

    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isIdeographic(c)) {
                String s = String.valueOf((char) c);
                if (convertsAway(ZhConverterUtil.toSimple((char) c), s)) {
                    classes[c] = TRADITIONAL_ONLY;
                } else if (convertsAway(ZhConverterUtil.toTraditional((char) c), s)) {
                    classes[c] = SIMPLIFIED_ONLY;
                }
            }
        }
        return classes;
    }

    /**
     * True if the character has a form in the other script and is not itself one of them: 說 converts
     * away (to 说), 系 does not (its Traditional forms 係, 繫 and 系 include itself).
     */
    private static boolean convertsAway(List<String> conversions, String self) {
        return conversions != null && !conversions.isEmpty() && !conversions.contains(self);
    }
}

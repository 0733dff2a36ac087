package io.newsmonitor.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's map backdrop ({@code query-service/.../META-INF/resources/china-backdrop.json}) is what
 * {@link ChinaBackdrop} makes of the catalog, so that it can never drift from the places the enrichment resolves.
 * When the catalog changes on purpose, run with {@code -Dbackdrop.update=true} to rewrite the file, then review the
 * diff before committing it.
 */
class ChinaBackdropFileTest {

    private static final Path FILE = Path.of("..", "query-service", "src", "main", "resources", "META-INF", "resources",
            "china-backdrop.json");

    private final ChinaBackdrop backdrop = new ChinaBackdrop(DivisionCatalog.shared());

    @Test
    void checkedInBackdropIsWhatTheCatalogGenerates() throws IOException {
        String generated = backdrop.json();
        if (Boolean.getBoolean("backdrop.update")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(FILE).as("%s; create it with -Dbackdrop.update=true", FILE.toAbsolutePath().normalize()).exists();
        String checkedIn = Files.readString(FILE, StandardCharsets.UTF_8);
        if (!checkedIn.equals(generated)) {
            throw new AssertionError(FILE.toAbsolutePath().normalize() + " differs from what the division catalog"
                    + " generates (" + firstDifference(checkedIn, generated) + "). If the catalog changed on purpose,"
                    + " rerun with -Dbackdrop.update=true and review the diff.");
        }
    }

    private static String firstDifference(String checkedIn, String generated) {
        List<String> was = checkedIn.lines().toList();
        List<String> now = generated.lines().toList();
        for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
            String before = i < was.size() ? was.get(i) : "(no line)";
            String after = i < now.size() ? now.get(i) : "(no line)";
            if (!before.equals(after)) {
                return "line " + (i + 1) + " reads [" + abbreviated(before) + "] where the catalog gives ["
                        + abbreviated(after) + "]";
            }
        }
        return "the line endings differ";
    }

    private static String abbreviated(String line) {
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    @Test
    void labelsEveryProvinceAtItsCapitalByItsShortName() {
        assertThat(backdrop.provinces()).hasSize(31);
        Division hebei = DivisionCatalog.shared().byCode("130000");
        assertThat(ChinaBackdrop.shortName(hebei)).isEqualTo("河北");
        assertThat(ChinaBackdrop.point(hebei)).isEqualTo("114.52,38.04"); // 石家庄
        assertThat(ChinaBackdrop.shortName(DivisionCatalog.shared().byCode("150000"))).isEqualTo("内蒙古");
        assertThat(ChinaBackdrop.shortName(DivisionCatalog.shared().byCode("450000"))).isEqualTo("广西");
    }

    @Test
    void drawsEachCountySeatOnceRoundedToAHundredthOfADegree() {
        assertThat(backdrop.countyPoints()).hasSize(2758)
                .contains(ChinaBackdrop.point(DivisionCatalog.shared().byCode("510824")));
    }

    @Test
    void roundsHalfUpAndDropsTrailingZeros() {
        assertThat(ChinaBackdrop.rounded(106.395)).isEqualTo("106.4");
        assertThat(ChinaBackdrop.rounded(38.0)).isEqualTo("38");
        assertThat(ChinaBackdrop.rounded(31.234)).isEqualTo("31.23");
    }
}

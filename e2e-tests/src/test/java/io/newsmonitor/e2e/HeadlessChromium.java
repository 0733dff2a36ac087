package io.newsmonitor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver. Both paths are given explicitly (override with
 * {@code -Dchromium.binary=} and {@code -Dchromium.driver=}), so Selenium Manager never downloads anything.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Fails with how to install the browser when it or its driver is missing. */
    static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BINARY)) {
            missing.add("the browser " + BINARY + " (Debian package chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("the driver " + DRIVER + " (Debian package chromium-driver)");
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("The dashboard tests drive a headless Chromium, but " + String.join(" and ", missing)
                    + " is not installed. Install both with: apt-get install -y chromium chromium-driver fonts-wqy-microhei"
                    + " (or point -Dchromium.binary and -Dchromium.driver at an installed Chromium and its chromedriver).");
        }
    }

    /** A fresh browser with its own profile folder and a laptop-sized window. */
    static ChromeDriver start(Path profile) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1600,1100", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as a PNG. */
    static Path screenshot(ChromeDriver browser, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}

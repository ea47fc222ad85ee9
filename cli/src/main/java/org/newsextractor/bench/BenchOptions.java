package org.newsextractor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code bench} command's options; see {@link BenchCommand#USAGE}.
 *
 * @param devDir        the directory of articles
 * @param seed          the seed article; empty for the longest article in devDir
 * @param repeat        timed runs per batch for ours and row 1
 * @param slowRepeat    timed runs per batch for row 3, which is slow
 * @param threads       thread counts to measure
 * @param configs       configurations to measure, in order
 * @param heap          {@code -Xmx} of the child JVMs
 * @param warmup        untimed passes before measuring
 * @param seedCopies    copies of the seed article in its batch
 * @param growth        lengths, in seed articles, for the growth curve of ours (empty: none)
 * @param growthRepeat  timed runs per length
 * @param budget        seconds after which a batch stops repeating (it always runs once)
 * @param json          where to write the report as JSON
 * @param sideBySide    whether to time ours in one-thread processes, alone and as many side by side as the
 *                      largest thread count
 */
record BenchOptions(Path devDir, Optional<Path> seed, int repeat, int slowRepeat, List<Integer> threads,
                    List<BenchConfig> configs, String heap, int warmup, int seedCopies, List<Integer> growth,
                    int growthRepeat, int budget, Optional<Path> json, boolean sideBySide) {

    /** The default directory of articles, relative to a checkout beside {@code shared/}. */
    static final Path DEFAULT_DEV = Path.of("../shared/eval/dev");

    /**
     * @param args the arguments after {@code bench}
     * @return the options
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    static BenchOptions parse(List<String> args) {
        Path devDir = DEFAULT_DEV;
        Optional<Path> seed = Optional.empty();
        int repeat = 5;
        int slowRepeat = 3;
        List<Integer> threads = List.of(1, 2);
        List<BenchConfig> configs = List.of(BenchConfig.values());
        String heap = "3g";
        int warmup = 1;
        int seedCopies = 2;
        List<Integer> growth = List.of(1, 4, 16);
        int growthRepeat = 3;
        int budget = 30;
        Optional<Path> json = Optional.empty();
        boolean sideBySide = true;
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--dev" -> devDir = Path.of(value);
                case "--seed" -> seed = Optional.of(Path.of(value));
                case "--repeat" -> repeat = positive(option, value);
                case "--slow-repeat" -> slowRepeat = positive(option, value);
                case "--threads" -> threads = positives(option, value);
                case "--configs" -> configs = configs(value);
                case "--heap" -> heap = heap(value);
                case "--warmup" -> warmup = count(option, value);
                case "--seed-copies" -> seedCopies = positive(option, value);
                case "--growth" -> growth = value.equals("none") ? List.of() : positives(option, value);
                case "--growth-repeat" -> growthRepeat = positive(option, value);
                case "--budget" -> budget = positive(option, value);
                case "--json" -> json = Optional.of(Path.of(value));
                case "--side-by-side" -> sideBySide = yesNo(option, value);
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        return new BenchOptions(devDir, seed, repeat, slowRepeat, threads, configs, heap, warmup, seedCopies,
                growth, growthRepeat, budget, json, sideBySide);
    }

    /** @return how many one-thread processes to run side by side: the largest thread count; 0 for none */
    int processesSideBySide() {
        int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        return sideBySide && configs.contains(BenchConfig.OURS) && most > 1 ? most : 0;
    }

    private static boolean yesNo(String option, String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(option + " needs yes or no: " + value);
        };
    }

    /** @return the timed runs per batch for the configuration */
    int repeatFor(BenchConfig config) {
        return config.slow() ? slowRepeat : repeat;
    }

    private static int count(String option, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new IllegalArgumentException(option + " must not be negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number: " + value);
        }
    }

    private static int positive(String option, String value) {
        int n = count(option, value);
        if (n == 0) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static List<Integer> positives(String option, String value) {
        List<Integer> list = new ArrayList<>();
        for (String part : value.split(",")) {
            list.add(positive(option, part));
        }
        return List.copyOf(list);
    }

    private static List<BenchConfig> configs(String value) {
        List<BenchConfig> list = new ArrayList<>();
        for (String part : value.split(",")) {
            list.add(BenchConfig.byLabel(part.strip()));
        }
        return List.copyOf(list);
    }

    private static String heap(String value) {
        if (!value.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap needs a size such as 3g or 1500m: " + value);
        }
        return value;
    }
}

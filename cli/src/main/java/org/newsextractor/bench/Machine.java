package org.newsextractor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bench ran; the load average tells whether other jobs shared the machine.
 *
 * @param os          operating system and architecture
 * @param cpu         the processor model, when known
 * @param cores       available processors
 * @param java        the Java runtime
 * @param loadBefore  one-minute load average when the bench started
 * @param loadAfter   one-minute load average when it ended
 */
record Machine(String os, String cpu, int cores, String java, double loadBefore, double loadAfter) {

    /** @return this machine now; {@code loadAfter} is not known yet */
    static Machine now() {
        return new Machine(System.getProperty("os.name") + " " + System.getProperty("os.arch"), cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                loadAverage(), -1);
    }

    /** @return a copy with the load average at the end */
    Machine ended() {
        return new Machine(os, cpu, cores, java, loadBefore, loadAverage());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel() {
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (!Files.isReadable(info)) {
                return "unknown";
            }
            Optional<String> model = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
            return model.orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Person;

/**
 * Embeds news-extractor in an application: ONE extractor, created once when the application starts and shared by
 * every thread (it is thread-safe, and the CoreNLP models load once per JVM). Run from the project root after
 * {@code mvn -q -B -DskipTests install && mvn -q -B -f cli/pom.xml package} (cli/target/lib holds the library,
 * CoreNLP and a logging binding):
 * <pre>
 * java -Xmx2g -cp "cli/target/lib/*" examples/EmbedExample.java examples/seed-biden-zelenskyy.txt
 * </pre>
 */
public class EmbedExample {
    /** Created once; a service would keep it in a field or make it a singleton bean. */
    private static final NewsExtractor EXTRACTOR = NewsExtractor.create();

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args.length > 0 ? args : new String[] {"examples/seed-biden-zelenskyy.txt"}) {
            files.add(Path.of(a));
        }
        EXTRACTOR.warmUp();   // at start-up, so the first request does not wait for the models
        for (String line : peopleByFile(EXTRACTOR, files, 4)) {
            System.out.println(line);
        }
    }

    /** Several request threads sharing one extractor: each article is handled on its own thread. */
    static List<String> peopleByFile(NewsExtractor shared, List<Path> files, int threads) throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Path file : files) {
                answers.add(requests.submit(() -> {
                    Extraction x = shared.extract(Files.readString(file));
                    List<String> names = x.people().stream().map(Person::name).toList();
                    return file.getFileName() + ": " + names;
                }));
            }
            List<String> lines = new ArrayList<>();
            for (Future<String> answer : answers) {
                lines.add(answer.get());
            }
            return lines;
        } finally {
            requests.shutdown();
        }
    }
}

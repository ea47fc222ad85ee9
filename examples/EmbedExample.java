import java.nio.file.Files;
import java.nio.file.Path;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;

/**
 * Embeds news-extractor in a program: one extractor, created once and shared, and the records it returns.
 * Run from the project root after {@code mvn -q -B -DskipTests package}:
 * {@code java -Xmx2g -cp "target/news-extractor.jar:target/lib/*" examples/EmbedExample.java examples/seed-biden-zelenskyy.txt}
 */
public class EmbedExample {
    public static void main(String[] args) throws Exception {
        NewsExtractor extractor = NewsExtractor.create();
        Extraction x = extractor.extract(Files.readString(Path.of(args[0])));
        x.people().forEach(p -> System.out.println(p.name() + " " + p.titles()));
        x.quotations().forEach(q -> System.out.println(q));
        System.out.println(x.toTable());
    }
}

// news-extractor in JShell. Opened by examples/jshell.sh; ready at the first prompt:
//   x.people()            the people of the example article (x is already extracted)
//   extract("...")        extract any text;  extractFile("path/to/article.txt")
//   show(x.quotations())  one record per line;  table(x)  the whole result as a table
import org.newsextractor.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
// Results are recorded under target/extractions (override: -R-Dnewsextractor.record=DIR): reopening JShell on the
// same articles replays them at once; a change of library or models version recomputes them.
NewsExtractor extractor = RecordingExtractor.create(Path.of(System.getProperty("newsextractor.record", "target/extractions")));
Extraction extract(String text) { return extractor.extract(text); }
Extraction extract(String text, LocalDate published) { return extractor.extract(Article.of(text, published)); }
Extraction extractFile(String path) throws Exception { return extractor.extract(Files.readString(Path.of(path))); }
void show(Collection<?> records) { records.forEach(r -> System.out.println("  " + r)); }
void table(Extraction result) { System.out.print(result.toTable()); }
System.out.println("news-extractor: extracting the example article (the first run loads the models, ~15 s)...");
Extraction x = Files.exists(Path.of("examples/seed-biden-zelenskyy.txt")) ? extractFile("examples/seed-biden-zelenskyy.txt") : Extraction.EMPTY;
System.out.println("ready. Try: x.people()   show(x.quotations())   table(x)   extract(\"Jane Smith visited Paris.\").places()");

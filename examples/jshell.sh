#!/usr/bin/env bash
# One command to explore news-extractor in JShell:   examples/jshell.sh
# JShell opens with the library on the class path, 2 GB for CoreNLP, the imports, an extractor, and x: the example
# article already extracted. Try  x.people()  show(x.quotations())  table(x)  extract("...").places()
# Extra arguments go to jshell, for example a script:  examples/jshell.sh examples/session.jsh
set -euo pipefail
cd "$(dirname "$0")/.."
# cli/target/lib holds the library, CoreNLP and a logging binding (built by the command line's build).
[ -d cli/target/lib ] || { mvn -q -B -DskipTests install && mvn -q -B -DskipTests -f cli/pom.xml package; }
exec jshell -R-Xmx2g --class-path "$(ls cli/target/lib/*.jar | tr '\n' ':')" \
  examples/startup.jsh "$@"

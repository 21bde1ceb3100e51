<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChangeStyle</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source> −%1</source>
        <translation> −%1</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: hinzugefügt</translation>
    </message>
    <message>
        <source>%1: removed (a ghost of the earlier state)</source>
        <translation>%1: entfernt (ein Geist des früheren Stands)</translation>
    </message>
    <message>
        <source>%1; in a new or grown cycle</source>
        <translation>%1; in einem neuen oder gewachsenen Zyklus</translation>
    </message>
    <message>
        <source>%1 → %2: removed</source>
        <translation>%1 → %2: entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n import site(s)</source>
        <translation>
            <numerusform>%n Importstelle</numerusform>
            <numerusform>%n Importstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; added</source>
        <translation>%1; hinzugefügt</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>FAIL depth: %1 levels, %2 allowed</source>
        <translation>FAIL Tiefe: %1 Ebenen, %2 erlaubt</translation>
    </message>
    <message>
        <source>  longest import chain: %1</source>
        <translation>  längste Importkette: %1</translation>
    </message>
    <message>
        <source>ok   depth: %1 levels</source>
        <translation>ok   Tiefe: %1 Ebenen</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n Regel nicht erfüllt.</numerusform>
            <numerusform>%n Regeln nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>All rules pass.</source>
        <translation>Alle Regeln erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>FAIL cycles: %n import cycle(s), %1 allowed</source>
        <translation>
            <numerusform>FAIL Zyklen: %n Importzyklus, %1 erlaubt</numerusform>
            <numerusform>FAIL Zyklen: %n Importzyklen, %1 erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   cycles: %n</source>
        <translation>
            <numerusform>ok   Zyklen: %n</numerusform>
            <numerusform>ok   Zyklen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL contracts: %1 of %n broken or invalid</source>
        <translation>
            <numerusform>FAIL Verträge: %1 von %n verletzt oder ungültig</numerusform>
            <numerusform>FAIL Verträge: %1 von %n verletzt oder ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %n kept</source>
        <translation>
            <numerusform>ok   Verträge: %n eingehalten</numerusform>
            <numerusform>ok   Verträge: %n eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL budget: %n item(s) over the head budget, %1 allowed</source>
        <translation>
            <numerusform>FAIL Budget: %n Element über dem Kopfbudget, %1 erlaubt</numerusform>
            <numerusform>FAIL Budget: %n Elemente über dem Kopfbudget, %1 erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   budget: %n item(s) over the head budget</source>
        <translation>
            <numerusform>ok   Budget: %n Element über dem Kopfbudget</numerusform>
            <numerusform>ok   Budget: %n Elemente über dem Kopfbudget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL configuration: %n setting(s) could not be read as written</source>
        <translation>
            <numerusform>FAIL Konfiguration: %n Einstellung konnte nicht wie geschrieben gelesen werden</numerusform>
            <numerusform>FAIL Konfiguration: %n Einstellungen konnten nicht wie geschrieben gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Readable configuration</source>
        <translation>Lesbare Konfiguration</translation>
    </message>
    <message>
        <source>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</source>
        <translation>Schlägt fehl, wenn eine Einstellung in pyproject.toml oder in der import-linter-Konfiguration nicht wie geschrieben gelesen werden konnte (ein Wert des falschen Typs, ein falsch geschriebener Schlüssel, eine Datei, die sich nicht lesen lässt): Regeln mit Standardwerten würden aus dem falschen Grund bestehen oder scheitern.</translation>
    </message>
    <message>
        <source>Import cycles</source>
        <translation>Importzyklen</translation>
    </message>
    <message>
        <source>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</source>
        <translation>Schlägt fehl, wenn es mehr Importzyklen gibt als erlaubt (max_cycles unter [tool.headroom.check] oder --max-cycles; standardmäßig 0, -1 für beliebig viele). Jeder Zyklus wird als Importkette gezeigt, mit den Importen, die zu entfernen sind, um ihn aufzubrechen.</translation>
    </message>
    <message>
        <source>Import depth</source>
        <translation>Importtiefe</translation>
    </message>
    <message>
        <source>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</source>
        <translation>Schlägt fehl, wenn das Projekt mehr Importebenen hat als erlaubt (max_depth unter [tool.headroom.check] oder --max-depth; standardmäßig die Tiefe des Kopfbudgets, -1 schaltet die Regel ab). Die längste Importkette zeigt, woher die Ebenen kommen.</translation>
    </message>
    <message>
        <source>Import-linter contracts</source>
        <translation>Import-linter-Verträge</translation>
    </message>
    <message>
        <source>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</source>
        <translation>Schlägt fehl, wenn ein import-linter-Vertrag (layers, forbidden, independence) verletzt oder ungültig ist. Jede Verletzung ist eine Importkette mit ihren Fundstellen. Abgeschaltet mit contracts = false unter [tool.headroom.check] oder --no-contracts.</translation>
    </message>
    <message>
        <source>Head budget</source>
        <translation>Kopfbudget</translation>
    </message>
    <message>
        <source>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</source>
        <translation>Schlägt fehl, wenn mehr Elemente über dem Kopfbudget liegen als erlaubt (max_findings unter [tool.headroom.check] oder --max-findings; standardmäßig beliebig viele): Pakete mit zu vielen Mitgliedern, Module mit zu vielen Definitionen oder Importen, Klassen mit zu vielen Methoden, zu viele Ebenen.</translation>
    </message>
    <message>
        <source> (known)</source>
        <translation> (bekannt)</translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %1 of %n broken or invalid, as in the baseline</source>
        <translation>
            <numerusform>ok   Verträge: %1 von %n verletzt oder ungültig, wie in der Vergleichsbasis</numerusform>
            <numerusform>ok   Verträge: %1 von %n verletzt oder ungültig, wie in der Vergleichsbasis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>headroom: %1 does not exist</source>
        <translation>headroom: %1 existiert nicht</translation>
    </message>
    <message>
        <source>headroom: %1 is a file; give the project&apos;s folder</source>
        <translation>headroom: %1 ist eine Datei; bitte den Ordner des Projekts angeben</translation>
    </message>
    <message>
        <source>headroom: %1 holds no Python files</source>
        <translation>headroom: %1 enthält keine Python-Dateien</translation>
    </message>
    <message>
        <source>headroom: analysis cancelled</source>
        <translation>headroom: Analyse abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n more problem(s) not shown</source>
        <translation>
            <numerusform>headroom: %n weiteres Problem nicht angezeigt</numerusform>
            <numerusform>headroom: %n weitere Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Pakettiefe: Anzahl der beibehaltenen Namensteile (Standard 1).</translation>
    </message>
    <message>
        <source>Leave out stdlib and third-party modules.</source>
        <translation>Module der Standardbibliothek und von Drittanbietern weglassen.</translation>
    </message>
    <message>
        <source>The head budget for every check (default 7, or pyproject.toml).</source>
        <translation>Das Kopfbudget für jede Prüfung (Standard 7 oder aus pyproject.toml).</translation>
    </message>
    <message>
        <source>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</source>
        <translation>Importarten, die Zyklen und Ebenen bilden, durch Kommas getrennt: runtime, function-local, conditional, type-checking (Standard: alle außer type-checking).</translation>
    </message>
    <message>
        <source>headroom: --depth takes a whole number from 1</source>
        <translation>headroom: --depth erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>headroom: unknown level &apos;%1&apos; (module or package)</source>
        <translation>headroom: unbekannter Detailgrad &apos;%1&apos; (module oder package)</translation>
    </message>
    <message>
        <source>headroom: --budget takes a whole number from 1</source>
        <translation>headroom: --budget erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>headroom: unknown import kind in &apos;%1&apos;</source>
        <translation>headroom: unbekannte Importart in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>Der Ordner des Projekts.</translation>
    </message>
    <message>
        <source>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</source>
        <translation>headroom: %1 erwartet genau einen Ordner; siehe &apos;headroom %1 --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Analyse a Python project and write its import graph with every metric.</source>
        <translation>Analysiert ein Python-Projekt und schreibt seinen Importgraphen mit allen Metriken.</translation>
    </message>
    <message>
        <source>Output format: json or dot.</source>
        <translation>Ausgabeformat: json oder dot.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Do not list problems on standard error.</source>
        <translation>Probleme nicht auf der Standardfehlerausgabe auflisten.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (json or dot)</source>
        <translation>headroom: unbekanntes Format &apos;%1&apos; (json oder dot)</translation>
    </message>
    <message>
        <source>Print what a design reviewer reads first.</source>
        <translation>Gibt aus, was ein Design-Reviewer zuerst liest.</translation>
    </message>
    <message>
        <source>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</source>
        <translation>Mit einem Exit-Code ungleich null beenden, wenn eine Regel verletzt ist: Importzyklen, Tiefe, verletzte import-linter-Verträge, Befunde zum Kopfbudget. Die Regeln stammen aus [tool.headroom.check] in pyproject.toml und aus diesen Optionen.</translation>
    </message>
    <message>
        <source>Import cycles allowed (default 0; -1: any).</source>
        <translation>Erlaubte Importzyklen (Standard 0; -1: beliebig viele).</translation>
    </message>
    <message>
        <source>Levels allowed (default 0: the budget&apos;s depth; -1: any).</source>
        <translation>Erlaubte Ebenen (Standard 0: die Tiefe aus dem Budget; -1: beliebig viele).</translation>
    </message>
    <message>
        <source>Head budget findings allowed (default: any).</source>
        <translation>Erlaubte Befunde zum Kopfbudget (Standard: beliebig viele).</translation>
    </message>
    <message>
        <source>Do not fail on import-linter contracts.</source>
        <translation>Bei verletzten import-linter-Verträgen nicht fehlschlagen.</translation>
    </message>
    <message>
        <source>headroom: --%1 takes a whole number (-1 for any)</source>
        <translation>headroom: --%1 erwartet eine ganze Zahl (-1 für beliebig viele)</translation>
    </message>
    <message>
        <source>Write an SVG report of a Python project.</source>
        <translation>Schreibt einen SVG-Bericht über ein Python-Projekt.</translation>
    </message>
    <message>
        <source>The SVG file to write.</source>
        <translation>Die zu schreibende SVG-Datei.</translation>
    </message>
    <message>
        <source>headroom: report takes one folder; see &apos;headroom report --help&apos;</source>
        <translation>headroom: report erwartet genau einen Ordner; siehe &apos;headroom report --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot draw the report: %1</source>
        <translation>headroom: der Bericht kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2</source>
        <translation>Bericht über %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Graph level: module or package (analyze also: function or class).</source>
        <translation>Detailgrad des Graphen: module oder package (bei analyze auch: function oder class).</translation>
    </message>
    <message>
        <source>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</source>
        <translation>Python-Dateien über dieser Größe überspringen, etwa 5M oder 800k (Standard 5M oder max_file_bytes in pyproject.toml).</translation>
    </message>
    <message>
        <source>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</source>
        <translation>headroom: --max-file-size erwartet eine Größe unter 4G, etwa 5M, 800k oder eine Zahl von Bytes</translation>
    </message>
    <message>
        <source>headroom: error: %1</source>
        <translation>headroom: Fehler: %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: Warnung: %1</translation>
    </message>
    <message>
        <source>headroom: cannot write to standard output: %1</source>
        <translation>headroom: kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>Report format: text, sarif (code scanning) or junit (CI test reports).</source>
        <translation>Berichtsformat: text, sarif (Code-Scanning) oder junit (CI-Testberichte).</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</source>
        <translation>headroom: unbekanntes Format &apos;%1&apos; (text, sarif oder junit)</translation>
    </message>
    <message>
        <source>headroom: %1 is not in a git repository, so it has no revision %2</source>
        <translation>headroom: %1 liegt in keinem Git-Repository und hat daher keine Revision %2</translation>
    </message>
    <message>
        <source>headroom: the repository of %1 has no revision %2 (%3)</source>
        <translation>headroom: das Repository von %1 hat keine Revision %2 (%3)</translation>
    </message>
    <message>
        <source>headroom: %1 did not exist at revision %2</source>
        <translation>headroom: %1 gab es in Revision %2 noch nicht</translation>
    </message>
    <message>
        <source>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</source>
        <translation>Das Projekt so analysieren, wie es in der Git-Revision REV steht (Commit, Tag, Branch oder ein beliebiger Revisionsausdruck), direkt aus dem Repository gelesen: nichts wird ausgecheckt.</translation>
    </message>
    <message>
        <source>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>headroom: --rev erwartet eine Revision, etwa HEAD~1, v2.0 oder eine Commit-ID</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</source>
        <translation>Nur bei dem fehlschlagen, was neu oder schlechter ist als in FILE, einem zuvor von &apos;headroom analyze&apos; geschriebenen JSON.</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than at git revision REV.</source>
        <translation>Nur bei dem fehlschlagen, was neu oder schlechter ist als in der Git-Revision REV.</translation>
    </message>
    <message>
        <source>headroom: give --baseline or --baseline-rev, not both</source>
        <translation>headroom: bitte --baseline oder --baseline-rev angeben, nicht beides</translation>
    </message>
    <message>
        <source>headroom: the baseline %1 was written at another level than this check&apos;s</source>
        <translation>headroom: die Vergleichsbasis %1 wurde auf einem anderen Detailgrad geschrieben als dem dieser Prüfung</translation>
    </message>
    <message>
        <source>headroom: cannot read the baseline %1: %2</source>
        <translation>headroom: die Vergleichsbasis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Baseline: %1. What it had is marked (known) and does not fail.</source>
        <translation>Vergleichsbasis: %1. Was sie schon enthielt, ist als (bekannt) markiert und lässt die Prüfung nicht scheitern.</translation>
    </message>
    <message>
        <source>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</source>
        <translation>Zwei Stände eines Projekts vergleichen: hinzugekommene und entfernte Importe und Module, neue, gewachsene und aufgelöste Zyklen, Ebenen, Befunde zum Kopfbudget und Vertragsverletzungen.</translation>
    </message>
    <message>
        <source>The earlier state: a git revision.</source>
        <translation>Der frühere Stand: eine Git-Revision.</translation>
    </message>
    <message>
        <source>The later state: a git revision (default: the work tree as it is).</source>
        <translation>Der spätere Stand: eine Git-Revision (Standard: das Arbeitsverzeichnis, wie es ist).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text or json)</source>
        <translation>headroom: unbekanntes Format &apos;%1&apos; (text oder json)</translation>
    </message>
    <message>
        <source>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</source>
        <translation>headroom: diff vergleicht --from REV mit --to REV oder dem Arbeitsverzeichnis; siehe &apos;headroom diff --help&apos;</translation>
    </message>
    <message>
        <source>Usage: headroom [FOLDER]            open the window on a project
       headroom analyze FOLDER ...  write the import graph and metrics as JSON or DOT
       headroom summary FOLDER ...  print what a design reviewer reads first
       headroom check FOLDER ...    fail when cycles, depth, contracts or budget fail
       headroom diff FOLDER --from REV ...  what a change did to the structure
       headroom export FOLDER ...   write the graph, matrix or treemap as SVG, PNG, PDF or DOT
       headroom report FOLDER ...   write an SVG report
Run &apos;headroom COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: headroom [ORDNER]            öffnet das Fenster mit einem Projekt
        headroom analyze ORDNER ...  schreibt Importgraph und Metriken als JSON oder DOT
        headroom summary ORDNER ...  gibt aus, was ein Design-Reviewer zuerst liest
        headroom check ORDNER ...    schlägt fehl, wenn Zyklen, Tiefe, Verträge oder Budget nicht passen
        headroom diff ORDNER --from REV ...  was eine Änderung an der Struktur bewirkt hat
        headroom export ORDNER ...   schreibt Graph, Matrix oder Treemap als SVG, PNG, PDF oder DOT
        headroom report ORDNER ...   schreibt einen SVG-Bericht
&apos;headroom BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>headroom: warning: churn not counted: %1</source>
        <translation>headroom: Warnung: Churn nicht gezählt: %1</translation>
    </message>
    <message>
        <source>headroom: warning: extracted facts not cached: %1</source>
        <translation>headroom: Warnung: extrahierte Fakten nicht zwischengespeichert: %1</translation>
    </message>
    <message>
        <source>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</source>
        <translation>Die Commits zählen, die jede Datei in den letzten DAYS Tagen geändert haben (Git, erste Eltern): die Metriken churn und hotspot (churn mal Komplexität).</translation>
    </message>
    <message>
        <source>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</source>
        <translation>Jede Datei parsen und den Cache der extrahierten Fakten ($XDG_CACHE_HOME/headroom) weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>headroom: --churn takes a number of days from 1</source>
        <translation>headroom: --churn erwartet eine Anzahl von Tagen ab 1</translation>
    </message>
    <message numerus="yes">
        <source>headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of memory, and %3 MB are available.</source>
        <translation>
            <numerusform>headroom: die Analyse von %n Python-Datei (%1 MB) bräuchte etwa %2 MB Speicher, verfügbar sind %3 MB.</numerusform>
            <numerusform>headroom: die Analyse von %n Python-Dateien (%1 MB) bräuchte etwa %2 MB Speicher, verfügbar sind %3 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</source>
        <translation>Analysieren Sie einen Teil des Projekts (einen Unterordner) oder setzen Sie die Grenze mit --memory MB.</translation>
    </message>
    <message>
        <source>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</source>
        <translation>Die Paketebene braucht etwa %1 MB: headroom analyze --level package --depth 2. Oder analysieren Sie einen Teil des Projekts, oder setzen Sie die Grenze mit --memory MB.</translation>
    </message>
    <message>
        <source>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</source>
        <translation>Vor der Analyse abbrechen, wenn sie mehr als MB Megabyte bräuchte (Standard: der verfügbare Speicher; 0: nicht prüfen).</translation>
    </message>
    <message>
        <source>headroom: --memory takes a number of megabytes, or 0</source>
        <translation>headroom: --memory erwartet eine Anzahl Megabyte oder 0</translation>
    </message>
    <message>
        <source>headroom: cannot load the window and the drawing commands: %1</source>
        <translation>headroom: das Fenster und die Zeichenbefehle lassen sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</source>
        <translation>Die Dateien und Ordner auslassen, auf die dieses Pfadmuster relativ zum Projektordner passt (etwa pip/_vendor, migrations oder *_pb2.py); mehrfach angebbar. Ergänzt exclude in pyproject.toml.</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>cannot be read; skipped</source>
        <translation>kann nicht gelesen werden; übersprungen</translation>
    </message>
    <message>
        <source>cannot be read (%1); skipped</source>
        <translation>kann nicht gelesen werden (%1); übersprungen</translation>
    </message>
    <message>
        <source>disappeared before it could be read; skipped</source>
        <translation>verschwand, bevor die Datei gelesen werden konnte; übersprungen</translation>
    </message>
    <message>
        <source>holds NUL bytes, so it is not Python source; skipped</source>
        <translation>enthält NUL-Bytes und ist daher kein Python-Quelltext; übersprungen</translation>
    </message>
    <message>
        <source>is not valid UTF-8; analysed anyway, some names may be garbled</source>
        <translation>ist kein gültiges UTF-8; trotzdem analysiert, manche Namen können verstümmelt sein</translation>
    </message>
    <message>
        <source>is too large to analyse (%1 bytes); skipped</source>
        <translation>ist zu groß für die Analyse (%1 Bytes); übersprungen</translation>
    </message>
    <message>
        <source>has a syntax error; what could be recovered was analysed</source>
        <translation>hat einen Syntaxfehler; analysiert wurde, was sich retten ließ</translation>
    </message>
    <message>
        <source>took too long to parse; skipped</source>
        <translation>das Parsen dauerte zu lange; übersprungen</translation>
    </message>
    <message>
        <source>imports %1, which is not a module of this project</source>
        <translation>importiert %1, das kein Modul dieses Projekts ist</translation>
    </message>
    <message>
        <source>names the same module as %1; that file is ignored</source>
        <translation>ergibt dasselbe Modul wie %1; diese Datei wird ignoriert</translation>
    </message>
    <message>
        <source>could not be read as configuration (%1)</source>
        <translation>konnte nicht als Konfiguration gelesen werden (%1)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>a print statement</source>
        <translation>eine print-Anweisung</translation>
    </message>
    <message>
        <source>an exec statement</source>
        <translation>eine exec-Anweisung</translation>
    </message>
    <message>
        <source>backticks</source>
        <translation>Backticks</translation>
    </message>
    <message>
        <source>except with a comma</source>
        <translation>except mit Komma</translation>
    </message>
    <message>
        <source>raise with a comma</source>
        <translation>raise mit Komma</translation>
    </message>
    <message>
        <source>the &lt;&gt; operator</source>
        <translation>der Operator &lt;&gt;</translation>
    </message>
    <message>
        <source>an octal number without 0o</source>
        <translation>eine Oktalzahl ohne 0o</translation>
    </message>
    <message>
        <source>a long integer</source>
        <translation>eine long-Ganzzahl</translation>
    </message>
    <message>
        <source>a ur string</source>
        <translation>ein ur-String</translation>
    </message>
    <message>
        <source>is %1, over the size limit of %2 (max_file_bytes); skipped</source>
        <translation>ist %1 groß, über der Größengrenze von %2 (max_file_bytes); übersprungen</translation>
    </message>
    <message>
        <source>looks like Python 2 (%1); what could be recovered was analysed</source>
        <translation>sieht nach Python 2 aus (%1); was sich retten ließ, wurde analysiert</translation>
    </message>
    <message>
        <source>is a symbolic link to a place read already; not followed</source>
        <translation>ist ein symbolischer Link auf bereits Gelesenes; nicht verfolgt</translation>
    </message>
    <message>
        <source>is a symbolic link that leaves the project (to %1); not followed</source>
        <translation>ist ein symbolischer Link aus dem Projekt hinaus (nach %1); nicht verfolgt</translation>
    </message>
    <message>
        <source>is a symbolic link in a loop of links; skipped</source>
        <translation>ist ein symbolischer Link in einer Schleife von Links; übersprungen</translation>
    </message>
    <message>
        <source>is a symbolic link to nothing (%1); skipped</source>
        <translation>ist ein symbolischer Link ins Leere (%1); übersprungen</translation>
    </message>
    <message>
        <source>is a folder named like a Python file, which no import can reach; skipped with all it holds</source>
        <translation>ist ein Ordner mit dem Namen einer Python-Datei, den kein Import erreicht; samt Inhalt übersprungen</translation>
    </message>
    <message>
        <source>is a named pipe, not a file; skipped</source>
        <translation>ist eine benannte Pipe, keine Datei; übersprungen</translation>
    </message>
    <message>
        <source>is a socket, not a file; skipped</source>
        <translation>ist ein Socket, keine Datei; übersprungen</translation>
    </message>
    <message>
        <source>is a device, not a file; skipped</source>
        <translation>ist ein Gerät, keine Datei; übersprungen</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8 (%1); skipped</source>
        <translation>hat einen Namen, der kein gültiges UTF-8 ist (%1); übersprungen</translation>
    </message>
    <message numerus="yes">
        <source> (%n more left out by exclude)</source>
        <translation>
            <numerusform> (%n weitere durch exclude ausgelassen)</numerusform>
            <numerusform> (%n weitere durch exclude ausgelassen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <source> (was %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>: %1, budget %2</source>
        <translation>: %1, Budget %2</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>das Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von  %1</translation>
    </message>
    <message>
        <source>to   %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>No change to the structure.</source>
        <translation>Keine Änderung an der Struktur.</translation>
    </message>
    <message>
        <source>Modules: %1 added, %2 removed</source>
        <translation>Module: %1 hinzugekommen, %2 entfernt</translation>
    </message>
    <message>
        <source>Imports: %1 added, %2 removed</source>
        <translation>Importe: %1 hinzugekommen, %2 entfernt</translation>
    </message>
    <message>
        <source>Depth: %1 levels, now %2</source>
        <translation>Tiefe: %1 Ebenen, jetzt %2</translation>
    </message>
    <message>
        <source>New cycles: %1</source>
        <translation>Neue Zyklen: %1</translation>
    </message>
    <message>
        <source>Grown cycles: %1</source>
        <translation>Gewachsene Zyklen: %1</translation>
    </message>
    <message>
        <source>Broken cycles: %1</source>
        <translation>Aufgelöste Zyklen: %1</translation>
    </message>
    <message>
        <source>Levels changed: %1</source>
        <translation>Geänderte Ebenen: %1</translation>
    </message>
    <message>
        <source>Over the head budget: %1 added, %2 gone</source>
        <translation>Über dem Kopfbudget: %1 hinzugekommen, %2 verschwunden</translation>
    </message>
    <message>
        <source>Contracts: %1 new violations, %2 fixed</source>
        <translation>Verträge: %1 neue Verletzungen, %2 behoben</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>headroom: export needs a QApplication (pictures are graphics scenes)</source>
        <translation>headroom: export benötigt eine QApplication (Bilder sind Grafikszenen)</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: Warnung: %1</translation>
    </message>
    <message>
        <source>headroom: cannot draw the picture: %1</source>
        <translation>headroom: das Bild kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Write a picture of a Python project&apos;s imports.</source>
        <translation>Schreibt ein Bild der Importe eines Python-Projekts.</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>Der Ordner des Projekts.</translation>
    </message>
    <message>
        <source>graph, matrix or treemap.</source>
        <translation>graph, matrix oder treemap.</translation>
    </message>
    <message>
        <source>What colours the nodes: %1.</source>
        <translation>Wonach die Knoten eingefärbt werden: %1.</translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Pakettiefe: Anzahl der beibehaltenen Namensteile (Standard 1).</translation>
    </message>
    <message>
        <source>Show only this module and its neighbourhood.</source>
        <translation>Nur dieses Modul und seine Nachbarschaft zeigen.</translation>
    </message>
    <message>
        <source>Imports away from the focus that are shown (default 1).</source>
        <translation>Angezeigte Entfernung vom Fokus, in Importen (Standard 1).</translation>
    </message>
    <message>
        <source>slide, a4 or natural.</source>
        <translation>slide, a4 oder natural.</translation>
    </message>
    <message>
        <source>PNG pixels per picture pixel (default 1).</source>
        <translation>PNG-Pixel je Bildpixel (Standard 1).</translation>
    </message>
    <message>
        <source>The file to write: .svg, .png, .pdf or .dot.</source>
        <translation>Die zu schreibende Datei: .svg, .png, .pdf oder .dot.</translation>
    </message>
    <message>
        <source>export takes one folder; see &apos;headroom export --help&apos;</source>
        <translation>export erwartet genau einen Ordner; siehe &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (graph, matrix or treemap)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (graph, matrix oder treemap)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</source>
        <translation>unbekannte Metrik &apos;%1&apos;; siehe &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>--depth takes a whole number from 1</source>
        <translation>--depth erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>--hops takes a whole number from 0</source>
        <translation>--hops erwartet eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slide, a4 or natural)</source>
        <translation>unbekannte Vorgabe &apos;%1&apos; (slide, a4 oder natural)</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale erwartet eine Zahl von 0.1 bis 8</translation>
    </message>
    <message>
        <source>say where to write the picture with -o FILE</source>
        <translation>mit -o FILE angeben, wohin das Bild geschrieben werden soll</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</source>
        <translation>das Format von %1 ist nicht erkennbar: der Name muss auf .svg, .png, .pdf oder .dot enden</translation>
    </message>
    <message>
        <source>only the graph view can be written as DOT</source>
        <translation>nur die Graphansicht kann als DOT geschrieben werden</translation>
    </message>
    <message>
        <source>--focus applies to the graph view only</source>
        <translation>--focus gilt nur für die Graphansicht</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>packages, depth %1</source>
        <translation>Pakete, Tiefe %1</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Abhängigkeitsmatrix</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Importgraph</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>, around %1 (%n import(s) away)</source>
        <translation>
            <numerusform>, um %1 (bis %n Import entfernt)</numerusform>
            <numerusform>, um %1 (bis %n Importe entfernt)</numerusform>
        </translation>
    </message>
    <message>
        <source>structure (packages opened until about 40 boxes show; the default), module or package.</source>
        <translation>structure (Pakete werden geöffnet, bis etwa 40 Kästen zu sehen sind; Standard), module oder package.</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (structure, module or package)</source>
        <translation>unbekannter Detailgrad &apos;%1&apos; (structure, module oder package)</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>%1 is not a module of %2</source>
        <translation>%1 ist kein Modul von %2</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>der Graph kann nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</source>
        <translation>%1 Knoten, eingefärbt nach %2, Importe zeigen nach unten zum Fundament, zu kappende nach oben</translation>
    </message>
    <message>
        <source>cannot draw the %1 view</source>
        <translation>die Ansicht %1 kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>headroom: %1</source>
        <translation>headroom: %1</translation>
    </message>
    <message>
        <source>headroom: the %1 cannot be drawn legibly on this page (labels at %2 pt): drawing the structure map that fits instead</source>
        <translation>headroom: die %1 lässt sich auf dieser Seite nicht lesbar zeichnen (Beschriftungen mit %2 pt): stattdessen wird die passende Strukturkarte gezeichnet</translation>
    </message>
    <message>
        <source>module level</source>
        <translation>Modulansicht</translation>
    </message>
    <message>
        <source>package level %1</source>
        <translation>Paketansicht der Tiefe %1</translation>
    </message>
    <message>
        <source>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</source>
        <translation>Zeichnet, was sich seit der Git-Revision REV geändert hat: hinzugefügte Module und Importe markiert, entfernte als Geister, neue Zyklen hervorgehoben.</translation>
    </message>
    <message>
        <source>--since takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>--since erwartet eine Revision, etwa HEAD~1, v2.0 oder eine Commit-ID</translation>
    </message>
    <message>
        <source>--since applies to the graph view only</source>
        <translation>--since gilt nur für die Graphansicht</translation>
    </message>
    <message>
        <source>Changes since %1 · %2</source>
        <translation>Änderungen seit %1 · %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 · %3</source>
        <translation>Änderungen von %1 bis %2 · %3</translation>
    </message>
    <message>
        <source>headroom: %1 is not a module of %2</source>
        <translation>headroom: %1 ist kein Modul von %2</translation>
    </message>
    <message>
        <source>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</source>
        <translation>headroom: %1 liegt auf Tiefe %3 in %2: gezeichnet wird Tiefe %4, wo es ein eigenes Kästchen ist</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>package members</source>
        <translation>Paketmitglieder</translation>
    </message>
    <message>
        <source>top-level definitions</source>
        <translation>Definitionen auf Modulebene</translation>
    </message>
    <message>
        <source>imported project modules</source>
        <translation>importierte Projektmodule</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>Paketgröße</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Modulgröße</translation>
    </message>
    <message>
        <source>Fan-out</source>
        <translation>Fan-out</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>Klassengröße</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
</context>
<context>
    <name>GitApi</name>
    <message>
        <source>%1 cannot be loaded</source>
        <translation>%1 lässt sich nicht laden</translation>
    </message>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 hat keine Funktion %2</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>%1 ließ sich nicht initialisieren</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Farbe: %1 (%2)</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← besser</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← schlechter</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>schlechter →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>besser →</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>type-checking only</source>
        <translation>nur für die Typprüfung</translation>
    </message>
    <message>
        <source>module in a cycle</source>
        <translation>Modul in einem Zyklus</translation>
    </message>
    <message>
        <source>width: 1, 10, 100 import sites</source>
        <translation>Breite: 1, 10, 100 Importstellen</translation>
    </message>
    <message>
        <source>(12)</source>
        <translation>(12)</translation>
    </message>
    <message>
        <source>a package of 12 modules</source>
        <translation>ein Paket mit 12 Modulen</translation>
    </message>
    <message>
        <source>in a cycle: points down, like any import</source>
        <translation>in einem Zyklus: zeigt nach unten, wie jeder Import</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every cycle</source>
        <translation>hier kappen: zeigt nach oben; diese Importe zu kappen bricht jeden Zyklus auf</translation>
    </message>
    <message>
        <source>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</source>
        <translation>Kästen: die Funktionen und Methoden (oder Klassen) des Moduls, ohne den Modulnamen benannt, und was sie aufrufen oder was sie aufruft, mit vollem Namen. Ein Kasten steht über dem, was er aufruft.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>in a recursion: points down, like any call</source>
        <translation>in einer Rekursion: zeigt nach unten, wie jeder Aufruf</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every recursion</source>
        <translation>hier kappen: zeigt nach oben; diese Aufrufe zu kappen bricht jede Rekursion auf</translation>
    </message>
    <message>
        <source>function in a recursion</source>
        <translation>Funktion in einer Rekursion</translation>
    </message>
    <message>
        <source>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</source>
        <translation>ein geöffnetes Paket: seine Module darin, in eigenen Schichten; ein Doppelklick auf einen Namen öffnet oder schließt das Paket</translation>
    </message>
    <message>
        <source>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</source>
        <translation>Importe, die ein längerer Importpfad bereits impliziert, sind weggelassen; Ansicht &gt; Alle Importe zeigen zeichnet sie alle.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <source>added module or package (+)</source>
        <translation>hinzugefügtes Modul oder Paket (+)</translation>
    </message>
    <message>
        <source>removed: a ghost where it was (−)</source>
        <translation>entfernt: ein Geist, wo es war (−)</translation>
    </message>
    <message>
        <source>in a new or grown cycle</source>
        <translation>in einem neuen oder gewachsenen Zyklus</translation>
    </message>
    <message>
        <source>import added (+)</source>
        <translation>Import hinzugefügt (+)</translation>
    </message>
    <message>
        <source>import removed (−)</source>
        <translation>Import entfernt (−)</translation>
    </message>
    <message>
        <source>import of a new or grown cycle</source>
        <translation>Import eines neuen oder gewachsenen Zyklus</translation>
    </message>
    <message>
        <source>modules added and removed inside a package</source>
        <translation>im Paket hinzugefügte und entfernte Module</translation>
    </message>
    <message>
        <source>+2 −1</source>
        <translation>+2 −1</translation>
    </message>
    <message>
        <source>too small to show one by one</source>
        <translation>zu klein, um sie einzeln zu zeigen</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Abhängigkeitsmatrix</translation>
    </message>
    <message>
        <source>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</source>
        <translation>Jede Zeile und Spalte ist ein Paket. Eine Zeile importiert die Spalten, in denen ihre Zellen gefüllt sind; eine Zelle summiert die Importstellen der Module der Pakete.</translation>
    </message>
    <message>
        <source>A row&apos;s module imports the columns where its cells are filled.</source>
        <translation>Das Modul einer Zeile importiert die Spalten, in denen ihre Zellen gefüllt sind.</translation>
    </message>
    <message>
        <source>Highest level first: imports that follow the layering lie right of the diagonal.</source>
        <translation>Höchste Ebene zuerst: Importe, die der Schichtung folgen, liegen rechts der Diagonale.</translation>
    </message>
    <message>
        <source>import sites in a cell</source>
        <translation>Importstellen in einer Zelle</translation>
    </message>
    <message>
        <source>left of the diagonal: against the layering, whatever its count</source>
        <translation>links der Diagonale: gegen die Schichtung, unabhängig von der Anzahl</translation>
    </message>
    <message>
        <source>modules in one import cycle</source>
        <translation>Module in einem Importzyklus</translation>
    </message>
    <message>
        <source>packages in one cycle of package imports</source>
        <translation>Pakete in einem Zyklus von Paketimporten</translation>
    </message>
    <message>
        <source>the diagonal: imports inside a package, grey where there are none</source>
        <translation>die Diagonale: Importe innerhalb eines Pakets, grau, wo es keine gibt</translation>
    </message>
    <message>
        <source>the diagonal: a module and itself</source>
        <translation>die Diagonale: ein Modul und es selbst</translation>
    </message>
    <message>
        <source>beside a name: its level (0 imports nothing of the project)</source>
        <translation>neben einem Namen: seine Ebene (0 importiert nichts aus dem Projekt)</translation>
    </message>
    <message>
        <source>Colours of the tables</source>
        <translation>Farben der Tabellen</translation>
    </message>
    <message>
        <source>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</source>
        <translation>Nur eine Zahl, die einen Blick verdient, ist warm gefärbt; die anderen sind nach Größe getönt. Der Tooltip eines Spaltentitels sagt, was sie misst.</translation>
    </message>
    <message>
        <source>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</source>
        <translation>Über dem Kopfbudget oder der üblichen Grenze einer Metrik (LCOM4 über 1):</translation>
    </message>
    <message>
        <source>just over</source>
        <translation>knapp darüber</translation>
    </message>
    <message>
        <source>furthest over</source>
        <translation>am weitesten darüber</translation>
    </message>
    <message>
        <source>Other figures, within their column:</source>
        <translation>Andere Zahlen, innerhalb ihrer Spalte:</translation>
    </message>
    <message>
        <source>least</source>
        <translation>am wenigsten</translation>
    </message>
    <message>
        <source>most</source>
        <translation>am meisten</translation>
    </message>
    <message>
        <source>a package shown as one box: its parts inside, in its colour</source>
        <translation>ein als ein Kasten gezeigtes Paket: seine Teile darin, in seiner Farbe</translation>
    </message>
    <message>
        <source>the focus: what the picture is around</source>
        <translation>der Fokus: worum es im Bild geht</translation>
    </message>
</context>
<context>
    <name>MetricChoice</name>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Module cohesion</source>
        <translation>Modulkohäsion</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Relationale Kohäsion</translation>
    </message>
    <message>
        <source>Instability</source>
        <translation>Instabilität</translation>
    </message>
    <message>
        <source>Abstractness</source>
        <translation>Abstraktheit</translation>
    </message>
    <message>
        <source>Distance from the main sequence</source>
        <translation>Abstand zur Hauptreihe</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importiert von</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Highest complexity</source>
        <translation>Höchste Komplexität</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>lines of code</source>
        <translation>Codezeilen</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>items over</source>
        <translation>Elemente darüber</translation>
    </message>
    <message>
        <source>0 imports nothing of the project; each level imports the one below.</source>
        <translation>0 importiert nichts aus dem Projekt; jede Ebene importiert die darunterliegende.</translation>
    </message>
    <message>
        <source>Groups of top-level definitions that do not use each other; 1 is cohesive.</source>
        <translation>Gruppen von Definitionen auf Modulebene, die einander nicht verwenden; 1 ist kohäsiv.</translation>
    </message>
    <message>
        <source>(imports among members + 1) / members; under 1.5 the members barely relate.</source>
        <translation>(Importe zwischen den Mitgliedern + 1) / Mitglieder; unter 1,5 hängen die Mitglieder kaum zusammen.</translation>
    </message>
    <message>
        <source>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</source>
        <translation>Importe / (Importe + Importierende): bei 0 hängen andere davon ab, bei 1 hängt es von anderen ab.</translation>
    </message>
    <message>
        <source>Abstract classes / classes.</source>
        <translation>Abstrakte Klassen / Klassen.</translation>
    </message>
    <message>
        <source>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</source>
        <translation>|Abstraktheit + Instabilität - 1|: 0 ist ausgewogen, 1 ist starr oder nutzlos.</translation>
    </message>
    <message>
        <source>Project modules that import it.</source>
        <translation>Projektmodule, die es importieren.</translation>
    </message>
    <message>
        <source>Project modules it imports.</source>
        <translation>Projektmodule, die es importiert.</translation>
    </message>
    <message>
        <source>Source lines that are not blank or comments.</source>
        <translation>Quelltextzeilen, die weder leer noch Kommentare sind.</translation>
    </message>
    <message>
        <source>Cyclomatic complexity of its most complex function.</source>
        <translation>Zyklomatische Komplexität seiner komplexesten Funktion.</translation>
    </message>
    <message>
        <source>How far past the head budget it has grown.</source>
        <translation>Wie weit es über das Kopfbudget hinausgewachsen ist.</translation>
    </message>
    <message>
        <source>Class cohesion (LCOM4)</source>
        <translation>Klassenkohäsion (LCOM4)</translation>
    </message>
    <message>
        <source>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</source>
        <translation>LCOM4 seiner am wenigsten kohäsiven Klasse: 1 ist ein Ganzes, ab 2 sind es unabhängige Teile in einer Klasse (ab 4 alle im dunkelsten Rot).</translation>
    </message>
    <message>
        <source>0 the foundation, high far above it</source>
        <translation>0 das Fundament, hoch weit darüber</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more unrelated parts</source>
        <translation>1 kohäsiv, ab 2 unabhängige Teile</translation>
    </message>
    <message>
        <source>low: members barely relate</source>
        <translation>niedrig: Mitglieder hängen kaum zusammen</translation>
    </message>
    <message>
        <source>0 depended upon, 1 depends on others</source>
        <translation>0 andere hängen davon ab, 1 hängt von anderen ab</translation>
    </message>
    <message>
        <source>0 concrete, 1 abstract</source>
        <translation>0 konkret, 1 abstrakt</translation>
    </message>
    <message>
        <source>0 balanced, 1 rigid or useless</source>
        <translation>0 ausgewogen, 1 starr oder nutzlos</translation>
    </message>
    <message>
        <source>high: many modules import it</source>
        <translation>hoch: viele Module importieren es</translation>
    </message>
    <message>
        <source>high: it imports many modules</source>
        <translation>hoch: es importiert viele Module</translation>
    </message>
    <message>
        <source>high: large</source>
        <translation>hoch: groß</translation>
    </message>
    <message>
        <source>over %1: hard to test</source>
        <translation>über %1: schwer zu testen</translation>
    </message>
    <message>
        <source>0 within the budget, high far over it</source>
        <translation>0 im Budget, hoch weit darüber</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more a class of unrelated parts</source>
        <translation>1 kohäsiv, ab 2 eine Klasse aus unabhängigen Teilen</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Farbe: %1 (%2)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>commits × paths</source>
        <translation>Commits × Pfade</translation>
    </message>
    <message>
        <source>Commits that changed its files in the churn window (git, first parents).</source>
        <translation>Commits, die seine Dateien im Churn-Zeitraum geändert haben (Git, erste Eltern).</translation>
    </message>
    <message>
        <source>Churn times the summed complexity of its functions: where frequent change meets complicated code.</source>
        <translation>Churn mal die summierte Komplexität seiner Funktionen: wo häufige Änderung auf komplizierten Code trifft.</translation>
    </message>
    <message>
        <source>high: changed often</source>
        <translation>hoch: oft geändert</translation>
    </message>
    <message>
        <source>high: complex and changed often</source>
        <translation>hoch: komplex und oft geändert</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</source>
        <translation>Beschriftungen werden nur %1 pt groß, kleiner als die %2 pt, die bei dieser Größe lesbar bleiben: Das Bild ist zu groß. Zeigen Sie weniger (Pakete statt Module oder einen Fokus) oder verwenden Sie die natürliche Größe.</translation>
    </message>
    <message>
        <source>cannot paint the SVG</source>
        <translation>SVG kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>the image would be too large</source>
        <translation>das Bild wäre zu groß</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>PDF kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>DOT is written from the graph, not painted</source>
        <translation>DOT wird aus dem Graphen geschrieben, nicht gezeichnet</translation>
    </message>
    <message>
        <source>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</source>
        <translation>Das Bild ist %1 x %2 px groß: Viele Betrachter öffnen keine Bilder mit mehr als %3 px Kantenlänge. Verwenden Sie die Vorgabe slide oder a4, oder zeigen Sie weniger (Pakete statt Module oder einen Fokus).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</source>
        <translation>Zeichnen benötigt eine QApplication; ohne Bildschirm mit QT_QPA_PLATFORM=offscreen ausführen</translation>
    </message>
    <message>
        <source>%1: import graph, %2 modules, %3 import edges shown</source>
        <translation>%1: Importgraph, %2 Module, %3 Importkanten angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Levels from the foundation (level 0) at the bottom upwards; %n level(s) deep.</source>
        <translation>
            <numerusform>Ebenen vom Fundament (Ebene 0) unten nach oben; %n Ebene tief.</numerusform>
            <numerusform>Ebenen vom Fundament (Ebene 0) unten nach oben; %n Ebenen tief.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalk</name>
    <message>
        <source>Depth: %1 levels against a budget of %2</source>
        <translation>Tiefe: %1 Ebenen bei einem Budget von %2</translation>
    </message>
    <message>
        <source>Least cohesive class: %1 holds %2 unrelated parts</source>
        <translation>Am wenigsten kohäsive Klasse: %1 besteht aus %2 unabhängigen Teilen</translation>
    </message>
    <message>
        <source>Every class is cohesive</source>
        <translation>Jede Klasse ist kohäsiv</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget</source>
        <translation>
            <numerusform>%n Element über dem Kopfbudget</numerusform>
            <numerusform>%n Elemente über dem Kopfbudget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it</source>
        <translation>
            <numerusform>Zyklus %1 von %2, %3 Mitglieder: %4; %n Import kappen, um ihn aufzubrechen</numerusform>
            <numerusform>Zyklus %1 von %2, %3 Mitglieder: %4; %n Importe kappen, um ihn aufzubrechen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Cycle %1 (%n module(s)): </source>
        <translation>
            <numerusform>Zyklus %1 (%n Modul): </numerusform>
            <numerusform>Zyklus %1 (%n Module): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2 (%3)</source>
        <translation>%1 importiert %2 (%3)</translation>
    </message>
    <message>
        <source>  cut to break it: %1</source>
        <translation>  zum Aufbrechen kappen: %1</translation>
    </message>
    <message>
        <source>  cut to break it (near-smallest, found by heuristic): %1</source>
        <translation>  zum Aufbrechen kappen (nahezu minimal, heuristisch ermittelt): %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>Das Projekt</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 hat %2 %3, %4 über dem Budget von %5</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): kept</source>
        <translation>Vertrag „%1“ (%2): eingehalten</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; (%2): BROKEN by %n import chain(s)</source>
        <translation>
            <numerusform>Vertrag „%1“ (%2): VERLETZT durch %n Importkette</numerusform>
            <numerusform>Vertrag „%1“ (%2): VERLETZT durch %n Importketten</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</source>
        <translation>Vertrag „%1“: Typ „%2“ wird von Headroom nicht geprüft</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): invalid, %3 is missing</source>
        <translation>Vertrag „%1“ (%2): ungültig, %3 fehlt</translation>
    </message>
    <message>
        <source>  %1 must not import %2: %3</source>
        <translation>  %1 darf %2 nicht importieren: %3</translation>
    </message>
    <message numerus="yes">
        <source>Headroom review of %1: %n file(s)</source>
        <translation>
            <numerusform>Headroom-Review von %1: %n Datei</numerusform>
            <numerusform>Headroom-Review von %1: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth: %1 levels (budget %2)</source>
        <translation>Tiefe: %1 Ebenen (Budget %2)</translation>
    </message>
    <message>
        <source>Longest import chain: %1</source>
        <translation>Längste Importkette: %1</translation>
    </message>
    <message>
        <source>No import cycles.</source>
        <translation>Keine Importzyklen.</translation>
    </message>
    <message numerus="yes">
        <source>%n import cycle(s):</source>
        <translation>
            <numerusform>%n Importzyklus:</numerusform>
            <numerusform>%n Importzyklen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class is cohesive (LCOM4 of 1 or less).</source>
        <translation>Jede Klasse ist kohäsiv (LCOM4 höchstens 1).</translation>
    </message>
    <message>
        <source>Classes that hold several unrelated parts (LCOM4):</source>
        <translation>Klassen aus mehreren unabhängigen Teilen (LCOM4):</translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion %4%</source>
        <translation>  %1: %2 Teile, %3 Methoden, Kohäsion %4 %</translation>
    </message>
    <message>
        <source>Nothing has grown past the head budget.</source>
        <translation>Nichts ist über das Kopfbudget hinausgewachsen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget:</source>
        <translation>
            <numerusform>%n Element über dem Kopfbudget:</numerusform>
            <numerusform>%n Elemente über dem Kopfbudget:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import-linter contracts (%1):</source>
        <translation>import-linter-Verträge (%1):</translation>
    </message>
    <message>
        <source>Coupling: average component dependency %1, propagation cost %2%</source>
        <translation>Kopplung: durchschnittliche Komponentenabhängigkeit %1, Propagationskosten %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) above level %1, the budget:</source>
        <translation>
            <numerusform>%n Modul liegt über Ebene %1, dem Budget:</numerusform>
            <numerusform>%n Module liegen über Ebene %1, dem Budget:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be read as written; defaults stand in for them:</source>
        <translation>
            <numerusform>%n Einstellung konnte nicht wie geschrieben gelesen werden; ihr Standardwert gilt:</numerusform>
            <numerusform>%n Einstellungen konnten nicht wie geschrieben gelesen werden; ihre Standardwerte gelten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s), listed on standard error.</source>
        <translation>
            <numerusform>%n Problem mit Dateien, in der Standardfehlerausgabe aufgeführt.</numerusform>
            <numerusform>%n Probleme mit Dateien, in der Standardfehlerausgabe aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more cycle(s)</source>
        <translation>
            <numerusform>und %n weiterer Zyklus</numerusform>
            <numerusform>und %n weitere Zyklen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</source>
        <translation>  %1: %2 Teile, %3 Methoden, Kohäsion k. A. (keine Instanzattribute)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more class(es)</source>
        <translation>
            <numerusform>  und %n weitere Klasse</numerusform>
            <numerusform>  und %n weitere Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more item(s)</source>
        <translation>
            <numerusform>  und %n weiteres Element</numerusform>
            <numerusform>  und %n weitere Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    and %n more chain(s)</source>
        <translation>
            <numerusform>    und %n weitere Kette</numerusform>
            <numerusform>    und %n weitere Ketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it:</source>
        <translation>
            <numerusform>  diesen %n Import kappen, um ihn aufzubrechen:</numerusform>
            <numerusform>  diese %n Importe kappen, um ihn aufzubrechen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it (near-smallest, found by heuristic):</source>
        <translation>
            <numerusform>  diesen %n Import kappen, um ihn aufzubrechen (nahezu kleinste Auswahl, heuristisch gefunden):</numerusform>
            <numerusform>  diese %n Importe kappen, um ihn aufzubrechen (nahezu kleinste Auswahl, heuristisch gefunden):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of several methods</source>
        <translation>
            <numerusform>%n Teil aus mehreren Methoden</numerusform>
            <numerusform>%n Teile aus mehreren Methoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) alone</source>
        <translation>
            <numerusform>%n Methode allein</numerusform>
            <numerusform>%n Methoden allein</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStateText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a Headroom saved view</source>
        <translation>keine gespeicherte Headroom-Ansicht</translation>
    </message>
    <message>
        <source>saved by a newer Headroom</source>
        <translation>von einer neueren Headroom-Version gespeichert</translation>
    </message>
    <message>
        <source>unknown import kind in shown_import_kinds</source>
        <translation>unbekannte Importart in shown_import_kinds</translation>
    </message>
    <message>
        <source>no project folder</source>
        <translation>kein Projektordner</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>the file name must end in .svg, .png, .pdf or .dot</source>
        <translation>der Dateiname muss auf .svg, .png, .pdf oder .dot enden</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Importgraph</translation>
    </message>
    <message>
        <source>Dependency structure matrix</source>
        <translation>Abhängigkeitsstrukturmatrix</translation>
    </message>
    <message>
        <source>Cohesion treemap</source>
        <translation>Kohäsions-Treemap</translation>
    </message>
    <message>
        <source>only the graph exports to DOT</source>
        <translation>nur der Graph lässt sich als DOT exportieren</translation>
    </message>
    <message>
        <source>Treemap · %1</source>
        <translation>Treemap · %1</translation>
    </message>
</context>
<context>
    <name>headroom::AnalysisController</name>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so it has no revision %2.</source>
        <translation>%1 liegt in keinem Git-Repository und hat daher keine Revision %2.</translation>
    </message>
    <message>
        <source>The repository of %1 has no revision %2 (%3).</source>
        <translation>Das Repository von %1 hat keine Revision %2 (%3).</translation>
    </message>
    <message>
        <source>%1 did not exist at revision %2.</source>
        <translation>%1 gab es in Revision %2 nicht.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 holds no Python files to compare with.</source>
        <translation>Revision %1 von %2 enthält keine Python-Dateien zum Vergleichen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not JSON.</source>
        <translation>%1 ist kein JSON.</translation>
    </message>
    <message>
        <source>%1 is not a JSON written by headroom analyze.</source>
        <translation>%1 ist kein von headroom analyze geschriebenes JSON.</translation>
    </message>
    <message>
        <source>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</source>
        <translation>%1 beschreibt Pakete (Tiefe %2); das Fenster vergleicht Module: schreiben Sie die Baseline mit &apos;headroom analyze ORDNER -o DATEI&apos;.</translation>
    </message>
</context>
<context>
    <name>headroom::CyclesPanel</name>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message numerus="yes">
        <source>cut %n import(s)</source>
        <translation>
            <numerusform>%n Import kappen</numerusform>
            <numerusform>%n Importe kappen</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importiert %2</translation>
    </message>
    <message>
        <source>Imports to cut</source>
        <translation>Zu kappende Importe</translation>
    </message>
    <message>
        <source>Imports to cut (heuristic)</source>
        <translation>Zu kappende Importe (heuristisch)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>No import cycles</source>
        <translation>Keine Importzyklen</translation>
    </message>
    <message>
        <source>Cut the suggested imports (what if)</source>
        <translation>Vorgeschlagene Importe kappen (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Diesen Import kappen (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Module cycles inside it</source>
        <translation>Modulzyklen darin</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1: %n member(s)</source>
        <translation>
            <numerusform>Zyklus %1: %n Mitglied</numerusform>
            <numerusform>Zyklus %1: %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or Delete: cut the suggested imports (what if)</source>
        <translation>Rechtsklick oder Entf: die vorgeschlagenen Importe kappen (Was-wäre-wenn)</translation>
    </message>
    <message numerus="yes">
        <source>%n import statement(s)</source>
        <translation>
            <numerusform>%n Import-Anweisung</numerusform>
            <numerusform>%n Import-Anweisungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::DetailsPanel</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Diesen Import kappen (Was-wäre-wenn)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message numerus="yes">
        <source>in cycle %1 of %n module(s)</source>
        <translation>
            <numerusform>in Zyklus %1 aus %n Modul</numerusform>
            <numerusform>in Zyklus %1 aus %n Modulen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importiert von</translation>
    </message>
    <message>
        <source>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</source>
        <translation>Kein Aufruf, keine Instanziierung, keine Referenz und keine Basisklasse hinter diesem Import (er liest vielleicht nur Werte oder exportiert weiter)</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n call(s) or use(s)</source>
        <translation>
            <numerusform>Verwendet von %n Aufruf oder Gebrauch</numerusform>
            <numerusform>Verwendet von %n Aufrufen oder Verwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>instantiation</source>
        <translation>Instanziierung</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>decorator</source>
        <translation>Dekorator</translation>
    </message>
    <message>
        <source>base class</source>
        <translation>Basisklasse</translation>
    </message>
    <message>
        <source>use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Relationale Kohäsion</translation>
    </message>
    <message>
        <source>Imports of several modules: open the package to see the calls behind each</source>
        <translation>Importe mehrerer Module: Öffnen Sie das Paket, um die Aufrufe hinter jedem einzelnen zu sehen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Dahinter</translation>
    </message>
    <message numerus="yes">
        <source>%n module import(s): open the packages to see the calls behind each</source>
        <translation>
            <numerusform>%n Modulimport: Öffnen Sie die Pakete, um die Aufrufe dahinter zu sehen</numerusform>
            <numerusform>%n Modulimporte: Öffnen Sie die Pakete, um die Aufrufe hinter jedem einzelnen zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message numerus="yes">
        <source>package of %n module(s) in this picture (%1)</source>
        <translation>
            <numerusform>Paket mit %n Modul in diesem Bild (%1)</numerusform>
            <numerusform>Paket mit %n Modulen in diesem Bild (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>inside %1 in this picture; figures of the module alone</source>
        <translation>in diesem Bild in %1 enthalten; Werte nur dieses Moduls</translation>
    </message>
    <message>
        <source>Row in this picture</source>
        <translation>Reihe in diesem Bild</translation>
    </message>
    <message>
        <source>layer %1 (0 at the bottom)</source>
        <translation>Schicht %1 (0 ganz unten)</translation>
    </message>
    <message>
        <source>The row the box sits on: what it imports is below it</source>
        <translation>Die Reihe, auf der der Kasten steht: Was er importiert, liegt darunter</translation>
    </message>
    <message>
        <source>The calls behind this import are listed once they are resolved</source>
        <translation>Die Aufrufe hinter diesem Import werden aufgeführt, sobald sie aufgelöst sind</translation>
    </message>
    <message>
        <source>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</source>
        <translation>Wählen Sie einen Kasten oder einen Pfeil des Graphen, eine Zelle der Matrix, eine Zeile einer Tabelle oder eines Bereichs: seine Kennzahlen, Importe und Importeure erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>in a module cycle of %n module(s)</source>
        <translation>
            <numerusform>in einem Modulzyklus aus %n Modul</numerusform>
            <numerusform>in einem Modulzyklus aus %n Modulen</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>%1 in this picture</source>
        <translation>%1 in diesem Bild</translation>
    </message>
    <message>
        <source>Lines of code</source>
        <translation>Codezeilen</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s): %1</source>
        <translation>
            <numerusform>%n Methode: %1</numerusform>
            <numerusform>%n Methoden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sharing %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>Weitere Teile</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) of several methods</source>
        <translation>
            <numerusform>%n weiterer Teil aus mehreren Methoden</numerusform>
            <numerusform>%n weitere Teile aus mehreren Methoden</numerusform>
        </translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) linked to no other: %1</source>
        <translation>
            <numerusform>%n Methode ohne Verbindung zu einer anderen: %1</numerusform>
            <numerusform>%n Methoden ohne Verbindung zu einer anderen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each a part of its own: it calls no other method of the class and shares no attribute with one</source>
        <translation>Jede ein eigener Teil: Sie ruft keine andere Methode der Klasse auf und teilt mit keiner ein Attribut</translation>
    </message>
    <message>
        <source>Attribute share</source>
        <translation>Attributanteil</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The share of the instance attributes a method uses, averaged over its methods</source>
        <translation>Der Anteil der Instanzattribute, den eine Methode verwendet, gemittelt über ihre Methoden</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstrakt</translation>
    </message>
    <message>
        <source>yes (an ABC or Protocol base, or an abstract method)</source>
        <translation>ja (eine Basis ABC oder Protocol, oder eine abstrakte Methode)</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Verwendet von</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules whose code calls, instantiates, references, decorates with or derives from the class or one of its methods</source>
        <translation>Module, deren Code die Klasse oder eine ihrer Methoden aufruft, instanziiert, referenziert, als Dekorator nutzt oder von ihr erbt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n use(s))</source>
        <translation>
            <numerusform>%1 (%n Verwendung)</numerusform>
            <numerusform>%1 (%n Verwendungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message numerus="yes">
        <source>broken by %n chain(s)</source>
        <translation>
            <numerusform>verletzt durch %n Kette</numerusform>
            <numerusform>verletzt durch %n Ketten</numerusform>
        </translation>
    </message>
    <message>
        <source>type %1 not checked</source>
        <translation>Typ %1 wird nicht geprüft</translation>
    </message>
    <message>
        <source>invalid: %1 missing</source>
        <translation>ungültig: %1 fehlt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Over the head budget (%1)</source>
        <translation>Über dem Kopfbudget (%1)</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>Das Projekt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Import-linter contracts (%1)</source>
        <translation>import-linter-Verträge (%1)</translation>
    </message>
    <message>
        <source>%1 must not import %2</source>
        <translation>%1 darf %2 nicht importieren</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importiert %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 hat %2 %3, %4 über dem Budget von %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>headroom::GraphScene</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: double-click its name to close it</source>
        <translation>%1: Doppelklick auf den Namen schließt das Paket</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Diesen Import kappen (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Show its sites and calls</source>
        <translation>Stellen und Aufrufe zeigen</translation>
    </message>
    <message>
        <source>Why does %1 import %2?</source>
        <translation>Warum importiert %1 %2?</translation>
    </message>
</context>
<context>
    <name>headroom::LegendPanel</name>
    <message>
        <source>No legend for this view.</source>
        <translation>Für diese Ansicht gibt es keine Legende.</translation>
    </message>
</context>
<context>
    <name>headroom::MainWindow</name>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>&amp;Treemap</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>Ta&amp;bellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>%1 wird analysiert...</translation>
    </message>
    <message>
        <source>Finding Python files...</source>
        <translation>Python-Dateien werden gesucht...</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files...</source>
        <translation>Datei %1 von %2 wird geparst...</translation>
    </message>
    <message>
        <source>Resolving imports...</source>
        <translation>Importe werden aufgelöst...</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>Metriken werden berechnet...</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse abgebrochen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 holds no Python files.</source>
        <translation>%1 enthält keine Python-Dateien.</translation>
    </message>
    <message>
        <source>%1 could not be analysed.</source>
        <translation>%1 konnte nicht analysiert werden.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Detailgrad:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Packages, depth %1</source>
        <translation>Pakete, Tiefe %1</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Show only the selected module and its neighbours</source>
        <translation>Nur das ausgewählte Modul und seine Nachbarn zeigen</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>Schritte: </translation>
    </message>
    <message>
        <source>Find a module (Ctrl+F)</source>
        <translation>Modul suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No module named %1.</source>
        <translation>Kein Modul namens %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save View...</source>
        <translation>Ansicht &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json)</source>
        <translation>Headroom-Ansichten (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>Ansicht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open &amp;View...</source>
        <translation>Ansicht ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a saved view</source>
        <translation>Gespeicherte Ansicht öffnen</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json *.json)</source>
        <translation>Headroom-Ansichten (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the view</source>
        <translation>Ansicht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Export Picture...</source>
        <translation>Bild &amp;exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Hide &amp;Type-Checking Imports</source>
        <translation>Importe nur für die &amp;Typprüfung ausblenden</translation>
    </message>
    <message>
        <source>Hide Function-&amp;Local Imports</source>
        <translation>Funktions&amp;lokale Importe ausblenden</translation>
    </message>
    <message>
        <source>Hide &amp;Conditional Imports</source>
        <translation>&amp;Bedingte Importe ausblenden</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Next Review Step</source>
        <translation>Nächster Review-Schritt</translation>
    </message>
    <message>
        <source>Previous Review Step</source>
        <translation>Vorheriger Review-Schritt</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>&amp;Neu analysieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Open a Python project</source>
        <translation>Python-Projekt öffnen</translation>
    </message>
    <message>
        <source>%1 - Headroom</source>
        <translation>%1 - Headroom</translation>
    </message>
    <message>
        <source>Remove the import of %1 from %2 (%3)</source>
        <translation>Import von %1 aus %2 entfernen (%3)</translation>
    </message>
    <message>
        <source>Activate to put this import back</source>
        <translation>Aktivieren, um diesen Import wiederherzustellen</translation>
    </message>
    <message>
        <source>No imports cut. Right-click an import in Details to see what cutting it would do.</source>
        <translation>Keine Importe gekappt. Klicken Sie in „Details“ mit der rechten Maustaste auf einen Import, um zu sehen, was das Kappen bewirken würde.</translation>
    </message>
    <message>
        <source>Layout problem: %1</source>
        <translation>Layoutproblem: %1</translation>
    </message>
    <message>
        <source>Why does A depend on B?</source>
        <translation>Warum hängt A von B ab?</translation>
    </message>
    <message>
        <source>Module A:</source>
        <translation>Modul A:</translation>
    </message>
    <message>
        <source>Module B:</source>
        <translation>Modul B:</translation>
    </message>
    <message>
        <source>%1 does not import %2, directly or through other modules.</source>
        <translation>%1 importiert %2 weder direkt noch über andere Module.</translation>
    </message>
    <message>
        <source>there is no picture to export yet</source>
        <translation>es gibt noch kein Bild zum Exportieren</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Folien-SVG (*.slide.svg);;A4-PDF (*.a4.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</source>
        <translation>Schritt %1 von %2: %3 (Bild ab: weiter, Bild auf: zurück, F11: beenden)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: %n Datei</numerusform>
            <numerusform>%1: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n Zyklus</numerusform>
            <numerusform>%n Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over budget</source>
        <translation>
            <numerusform>%n über Budget</numerusform>
            <numerusform>%n über Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when Headroom starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Headroom.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Select a module to see its classes or functions.</source>
        <translation>Wählen Sie ein Modul, um seine Klassen oder Funktionen zu sehen.</translation>
    </message>
    <message>
        <source>Classes of the selected module</source>
        <translation>Klassen des gewählten Moduls</translation>
    </message>
    <message>
        <source>Functions of the selected module</source>
        <translation>Funktionen des gewählten Moduls</translation>
    </message>
    <message>
        <source>Resolving calls...</source>
        <translation>Aufrufe werden aufgelöst...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Structure (fits the head budget)</source>
        <translation>Struktur (passt ins Kopfbudget)</translation>
    </message>
    <message>
        <source>Show &amp;Every Import</source>
        <translation>&amp;Alle Importe zeigen</translation>
    </message>
    <message>
        <source>Structure maps draw only the imports that no other path implies; show all</source>
        <translation>Strukturkarten zeichnen nur die Importe, die kein anderer Pfad impliziert; alle zeigen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>&amp;Undo Cut</source>
        <translation>Kappen &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>this picture (%1): depth %2, %n cycle(s)</source>
        <translation>
            <numerusform>dieses Bild (%1): Tiefe %2, %n Zyklus</numerusform>
            <numerusform>dieses Bild (%1): Tiefe %2, %n Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %2: the shortest import chain, %n import(s)</source>
        <translation>
            <numerusform>%1 hängt von %2 ab: die kürzeste Importkette, %n Import</numerusform>
            <numerusform>%1 hängt von %2 ab: die kürzeste Importkette, %n Importe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importiert %2</translation>
    </message>
    <message>
        <source>Find &amp;Module</source>
        <translation>&amp;Modul suchen</translation>
    </message>
    <message>
        <source>&amp;Why Does A Depend on B?...</source>
        <translation>&amp;Warum hängt A von B ab?...</translation>
    </message>
    <message>
        <source>C&amp;lear the What-If Cuts</source>
        <translation>Was-wäre-wenn-Schnitte &amp;leeren</translation>
    </message>
    <message>
        <source>Re&amp;do Cut</source>
        <translation>Kappen wie&amp;derholen</translation>
    </message>
    <message>
        <source>Re-analyse When &amp;Files Change</source>
        <translation>Bei Datei&amp;änderungen neu analysieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 around %2, %n import(s) away</source>
        <translation>
            <numerusform>%1 um %2, %n Import entfernt</numerusform>
            <numerusform>%1 um %2, %n Importe entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not import %2 in this picture.</source>
        <translation>%1 importiert %2 in diesem Bild nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2 through %n module import(s)</source>
        <translation>
            <numerusform>%1 importiert %2 über %n Modulimport</numerusform>
            <numerusform>%1 importiert %2 über %n Modulimporte</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Re&amp;vision...</source>
        <translation>Mit Re&amp;vision vergleichen...</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Mit Revision vergleichen</translation>
    </message>
    <message>
        <source>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</source>
        <translation>Git-Revision zum Vergleichen (HEAD~1, ein Tag, ein Branch, eine Commit-ID):</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline File...</source>
        <translation>Mit &amp;Baseline-Datei vergleichen...</translation>
    </message>
    <message>
        <source>Compare with Baseline File</source>
        <translation>Mit Baseline-Datei vergleichen</translation>
    </message>
    <message>
        <source>Analysis JSON (headroom analyze) (*.json);;All files (*)</source>
        <translation>Analyse-JSON (headroom analyze) (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>Reading revision %1 to compare with...</source>
        <translation>Revision %1 wird zum Vergleich gelesen...</translation>
    </message>
    <message>
        <source>Reading %1 to compare with...</source>
        <translation>%1 wird zum Vergleich gelesen...</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</source>
        <translation>%1 ist zu groß, um im verfügbaren Speicher dieses Computers analysiert zu werden. Öffnen Sie einen Teil davon (einen Unterordner) oder analysieren Sie seine Pakete auf der Kommandozeile: headroom analyze --level package.</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files, under a minute left...</source>
        <translation>Datei %1 von %2 wird geparst, weniger als eine Minute verbleibt...</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %1 of %2 files, about %n minute(s) left...</source>
        <translation>
            <numerusform>Datei %1 von %2 wird geparst, noch etwa %n Minute...</numerusform>
            <numerusform>Datei %1 von %2 wird geparst, noch etwa %n Minuten...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; resolving calls...</source>
        <translation>%1; Aufrufe werden aufgelöst...</translation>
    </message>
    <message>
        <source>Classes and functions are drawn once the calls are resolved.</source>
        <translation>Klassen und Funktionen werden gezeichnet, sobald die Aufrufe aufgelöst sind.</translation>
    </message>
    <message numerus="yes">
        <source>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</source>
        <translation>
            <numerusform>; %n Kästchen, kein Paket, in das es sich falten ließe: der Reiter Matrix oder ein Fokus zeigt es besser</numerusform>
            <numerusform>; %n Kästchen, kein Paket, in das sie sich falten ließen: der Reiter Matrix oder ein Fokus zeigt sie besser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MatrixScene</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>%1 does not import %2</source>
        <translation>%1 importiert %2 nicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2: %n site(s)</source>
        <translation>
            <numerusform>%1 importiert %2: %n Stelle</numerusform>
            <numerusform>%1 importiert %2: %n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the layering (a cycle)</source>
        <translation>Gegen die Schichtung (ein Zyklus)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>(own modules)</source>
        <translation>(eigene Module)</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated: each row and column is a package (%n row(s) for %1 modules); a cell sums the import sites of its packages&apos; modules.</source>
        <translation>
            <numerusform>Zusammengefasst: Jede Zeile und Spalte ist ein Paket (%n Zeile für %1 Module); eine Zelle summiert die Importstellen der Module ihrer Pakete.</numerusform>
            <numerusform>Zusammengefasst: Jede Zeile und Spalte ist ein Paket (%n Zeilen für %1 Module); eine Zelle summiert die Importstellen der Module ihrer Pakete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix shows %n package(s) instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</source>
        <translation>
            <numerusform>die Matrix zeigt %n Paket statt %1 Module, damit ihre Zellen und Beschriftungen auf der Seite lesbar bleiben (die Vorgabe natural zeigt jedes Modul)</numerusform>
            <numerusform>die Matrix zeigt %n Pakete statt %1 Module, damit ihre Zellen und Beschriftungen auf der Seite lesbar bleiben (die Vorgabe natural zeigt jedes Modul)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summed over the packages&apos; modules: %1 in the row, %2 in the column</source>
        <translation>Summiert über die Module der Pakete: %1 in der Zeile, %2 in der Spalte</translation>
    </message>
</context>
<context>
    <name>headroom::MatrixView</name>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MetricsTableModel</name>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>File and line of its definition.</source>
        <translation>Datei und Zeile der Definition.</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <source>Ca</source>
        <translation>Ca</translation>
    </message>
    <message>
        <source>Ce</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Level among the packages of its depth, 0 importing none of them; Ca, Ce and I count among them too.</source>
        <translation>Ebene unter den Paketen derselben Tiefe, 0 importiert keines davon; auch Ca, Ce und I zählen nur unter ihnen.</translation>
    </message>
    <message>
        <source>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</source>
        <translation>Gruppen von Methoden, die einander weder aufrufen noch ein Attribut teilen; 1 ist kohäsiv.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Dotted name of the package.</source>
        <translation>Gepunkteter Name des Pakets.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Direct members: its modules and subpackages.</source>
        <translation>Direkte Mitglieder: seine Module und Unterpakete.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Python files in it and below it.</source>
        <translation>Python-Dateien darin und darunter.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>Kohäsion</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Import cycles among the modules inside it.</source>
        <translation>Importzyklen zwischen den Modulen darin.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Dotted name; a package stands for its __init__.</source>
        <translation>Gepunkteter Name; ein Paket steht für sein __init__.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Source file, relative to the project.</source>
        <translation>Quelldatei, relativ zum Projekt.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>The import cycle it is part of; empty when none.</source>
        <translation>Der Importzyklus, zu dem es gehört; leer, wenn keiner.</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Top-level functions and classes.</source>
        <translation>Funktionen und Klassen auf Modulebene.</translation>
    </message>
    <message>
        <source>Max CC</source>
        <translation>Max. CC</translation>
    </message>
    <message>
        <source>Mean CC</source>
        <translation>Mittl. CC</translation>
    </message>
    <message>
        <source>Mean cyclomatic complexity of its functions.</source>
        <translation>Mittlere zyklomatische Komplexität seiner Funktionen.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Module and qualified name of the class.</source>
        <translation>Modul und qualifizierter Name der Klasse.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Methods defined in it, constructors included.</source>
        <translation>Darin definierte Methoden, Konstruktoren eingeschlossen.</translation>
    </message>
    <message>
        <source>LCOM4</source>
        <translation>LCOM4</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstrakt</translation>
    </message>
    <message>
        <source>Derives from ABC or Protocol, or has an abstract method.</source>
        <translation>Erbt von ABC oder Protocol oder hat eine abstrakte Methode.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Module and qualified name of the function.</source>
        <translation>Modul und qualifizierter Name der Funktion.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Method: defined directly in a class.</source>
        <translation>Methode: direkt in einer Klasse definiert.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message>
        <source>Defined with async def.</source>
        <translation>Mit async def definiert.</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstrakt</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Share of the instance attributes a method uses; n/a for a class without instance attributes or without methods besides its constructors.</source>
        <translation>Anteil der Instanzattribute, die eine Methode verwendet; k. A. bei einer Klasse ohne Instanzattribute oder ohne Methoden außer ihren Konstruktoren.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
</context>
<context>
    <name>headroom::ModuleTreeModel</name>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>namespace package</source>
        <translation>Namespace-Paket</translation>
    </message>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importiert von</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>headroom::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>headroom::SourceView</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>headroom::TablesPane</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Only over budget</source>
        <translation>Nur über Budget</translation>
    </message>
    <message>
        <source>Only in cycles</source>
        <translation>Nur in Zyklen</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Select a row to see all its figures here.</source>
        <translation>Wählen Sie eine Zeile, um hier alle ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Packages (measuring...)</source>
        <translation>Pakete (wird gemessen...)</translation>
    </message>
    <message>
        <source>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</source>
        <translation>Jedes Paket wird als Einheit unter den Paketen seiner Tiefe gemessen (Ebene, Kopplung, Zyklen)...</translation>
    </message>
</context>
<context>
    <name>headroom::TreemapScene</name>
    <message numerus="yes">
        <source>%n line(s) of code</source>
        <translation>
            <numerusform>%n Codezeile</numerusform>
            <numerusform>%n Codezeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LCOM4: %1 (%n method(s))</source>
        <translation>
            <numerusform>LCOM4: %1 (%n Methode)</numerusform>
            <numerusform>LCOM4: %1 (%n Methoden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</source>
        <translation>Farbe: Module nach ihren Teilen, Klassen nach LCOM4 (1 kohäsiv, ab 2 unabhängige Teile)</translation>
    </message>
    <message>
        <source>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</source>
        <translation>Farbe: Klassenkohäsion (LCOM4), ein Modul nach seiner am wenigsten kohäsiven Klasse (1 kohäsiv, ab 2 eine Klasse aus unabhängigen Teilen)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more class(es)</source>
        <translation>
            <numerusform>%Ln weitere Klasse</numerusform>
            <numerusform>%Ln weitere Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more module(s)</source>
        <translation>
            <numerusform>%Ln weiteres Modul</numerusform>
            <numerusform>%Ln weitere Module</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) too small to show one by one</source>
        <translation>
            <numerusform>%Ln Klasse, zu klein, um sie einzeln zu zeigen</numerusform>
            <numerusform>%Ln Klassen, zu klein, um sie einzeln zu zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) too small to show one by one</source>
        <translation>
            <numerusform>%Ln Modul, zu klein, um es einzeln zu zeigen</numerusform>
            <numerusform>%Ln Module, zu klein, um sie einzeln zu zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>outside classes</source>
        <translation>außerhalb von Klassen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of code outside classes</source>
        <translation>
            <numerusform>%n Codezeile außerhalb von Klassen</numerusform>
            <numerusform>%n Codezeilen außerhalb von Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst class LCOM4: %1</source>
        <translation>Schlechteste Klasse, LCOM4: %1</translation>
    </message>
    <message>
        <source>A part of %1, which this picture shows as one box</source>
        <translation>Ein Teil von %1, das dieses Bild als einen Kasten zeigt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrote screenshots to %1</source>
        <translation>Bildschirmfotos nach %1 geschrieben</translation>
    </message>
</context>
</TS>

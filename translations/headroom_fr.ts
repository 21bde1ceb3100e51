<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>%1 : ajouté</translation>
    </message>
    <message>
        <source>%1: removed (a ghost of the earlier state)</source>
        <translation>%1 : supprimé (un fantôme de l’état antérieur)</translation>
    </message>
    <message>
        <source>%1; in a new or grown cycle</source>
        <translation>%1 ; dans un cycle nouveau ou agrandi</translation>
    </message>
    <message>
        <source>%1 → %2: removed</source>
        <translation>%1 → %2 : supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n import site(s)</source>
        <translation>
            <numerusform>%n emplacement d&apos;import</numerusform>
            <numerusform>%n emplacements d&apos;import</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; added</source>
        <translation>%1 ; ajouté</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>FAIL depth: %1 levels, %2 allowed</source>
        <translation>FAIL profondeur : %1 niveaux, %2 autorisés</translation>
    </message>
    <message>
        <source>  longest import chain: %1</source>
        <translation>  plus longue chaîne d&apos;imports : %1</translation>
    </message>
    <message>
        <source>ok   depth: %1 levels</source>
        <translation>ok   profondeur : %1 niveaux</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n règle non respectée.</numerusform>
            <numerusform>%n règles non respectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>All rules pass.</source>
        <translation>Toutes les règles sont respectées.</translation>
    </message>
    <message numerus="yes">
        <source>FAIL cycles: %n import cycle(s), %1 allowed</source>
        <translation>
            <numerusform>FAIL cycles : %n cycle d&apos;imports, %1 autorisés</numerusform>
            <numerusform>FAIL cycles : %n cycles d&apos;imports, %1 autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   cycles: %n</source>
        <translation>
            <numerusform>ok   cycles : %n</numerusform>
            <numerusform>ok   cycles : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL contracts: %1 of %n broken or invalid</source>
        <translation>
            <numerusform>FAIL contrats : %1 sur %n rompu ou invalide</numerusform>
            <numerusform>FAIL contrats : %1 sur %n rompus ou invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %n kept</source>
        <translation>
            <numerusform>ok   contrats : %n respecté</numerusform>
            <numerusform>ok   contrats : %n respectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL budget: %n item(s) over the head budget, %1 allowed</source>
        <translation>
            <numerusform>FAIL budget : %n élément au-delà du budget cognitif, %1 autorisés</numerusform>
            <numerusform>FAIL budget : %n éléments au-delà du budget cognitif, %1 autorisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   budget: %n item(s) over the head budget</source>
        <translation>
            <numerusform>ok   budget : %n élément au-delà du budget cognitif</numerusform>
            <numerusform>ok   budget : %n éléments au-delà du budget cognitif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL configuration: %n setting(s) could not be read as written</source>
        <translation>
            <numerusform>FAIL configuration : %n réglage n’a pas pu être lu tel qu’écrit</numerusform>
            <numerusform>FAIL configuration : %n réglages n’ont pas pu être lus tels qu’écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Readable configuration</source>
        <translation>Configuration lisible</translation>
    </message>
    <message>
        <source>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</source>
        <translation>Échoue quand un réglage de pyproject.toml ou de la configuration d&apos;import-linter n&apos;a pas pu être lu tel qu&apos;il est écrit (une valeur du mauvais type, une clé mal orthographiée, un fichier illisible) : des règles lues depuis les valeurs par défaut réussiraient ou échoueraient pour une mauvaise raison.</translation>
    </message>
    <message>
        <source>Import cycles</source>
        <translation>Cycles d&apos;imports</translation>
    </message>
    <message>
        <source>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</source>
        <translation>Échoue quand il y a plus de cycles d&apos;imports que permis (max_cycles sous [tool.headroom.check], ou --max-cycles ; 0 par défaut, -1 pour n&apos;importe quel nombre). Chaque cycle est montré comme une chaîne d&apos;imports, avec les imports à couper pour le rompre.</translation>
    </message>
    <message>
        <source>Import depth</source>
        <translation>Profondeur des imports</translation>
    </message>
    <message>
        <source>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</source>
        <translation>Échoue quand le projet a plus de niveaux d&apos;imports que permis (max_depth sous [tool.headroom.check], ou --max-depth ; par défaut la profondeur du budget cognitif, -1 désactive la règle). La plus longue chaîne d&apos;imports montre d&apos;où viennent les niveaux.</translation>
    </message>
    <message>
        <source>Import-linter contracts</source>
        <translation>Contrats import-linter</translation>
    </message>
    <message>
        <source>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</source>
        <translation>Échoue quand un contrat import-linter (layers, forbidden, independence) est rompu ou invalide. Chaque violation est une chaîne d&apos;imports avec leurs emplacements. Désactivée par contracts = false sous [tool.headroom.check], ou --no-contracts.</translation>
    </message>
    <message>
        <source>Head budget</source>
        <translation>Budget cognitif</translation>
    </message>
    <message>
        <source>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</source>
        <translation>Échoue quand plus d&apos;éléments que permis dépassent le budget cognitif (max_findings sous [tool.headroom.check], ou --max-findings ; n&apos;importe quel nombre par défaut) : paquets aux membres trop nombreux, modules aux définitions ou imports trop nombreux, classes aux méthodes trop nombreuses, niveaux trop nombreux.</translation>
    </message>
    <message>
        <source> (known)</source>
        <translation> (connu)</translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %1 of %n broken or invalid, as in the baseline</source>
        <translation>
            <numerusform>ok   contrats : %1 sur %n rompus ou invalides, comme dans la référence</numerusform>
            <numerusform>ok   contrats : %1 sur %n rompus ou invalides, comme dans la référence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>headroom: %1 does not exist</source>
        <translation>headroom: %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>headroom: %1 is a file; give the project&apos;s folder</source>
        <translation>headroom: %1 est un fichier ; indiquez le dossier du projet</translation>
    </message>
    <message>
        <source>headroom: %1 holds no Python files</source>
        <translation>headroom: %1 ne contient aucun fichier Python</translation>
    </message>
    <message>
        <source>headroom: analysis cancelled</source>
        <translation>headroom: analyse annulée</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n more problem(s) not shown</source>
        <translation>
            <numerusform>headroom: %n autre problème non affiché</numerusform>
            <numerusform>headroom: %n autres problèmes non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Profondeur des paquets : composants du nom pointé conservés (1 par défaut).</translation>
    </message>
    <message>
        <source>Leave out stdlib and third-party modules.</source>
        <translation>Exclure les modules de la bibliothèque standard et les modules tiers.</translation>
    </message>
    <message>
        <source>The head budget for every check (default 7, or pyproject.toml).</source>
        <translation>Le budget cognitif de chaque vérification (7 par défaut, ou pyproject.toml).</translation>
    </message>
    <message>
        <source>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</source>
        <translation>Types d&apos;imports qui forment les cycles et les niveaux, séparés par des virgules : runtime, function-local, conditional, type-checking (par défaut : tous sauf type-checking).</translation>
    </message>
    <message>
        <source>headroom: --depth takes a whole number from 1</source>
        <translation>headroom: --depth attend un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>headroom: unknown level &apos;%1&apos; (module or package)</source>
        <translation>headroom: granularité inconnue &apos;%1&apos; (module ou package)</translation>
    </message>
    <message>
        <source>headroom: --budget takes a whole number from 1</source>
        <translation>headroom: --budget attend un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>headroom: unknown import kind in &apos;%1&apos;</source>
        <translation>headroom: type d&apos;import inconnu dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>Le dossier du projet.</translation>
    </message>
    <message>
        <source>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</source>
        <translation>headroom: %1 attend un seul dossier ; voir &apos;headroom %1 --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Analyse a Python project and write its import graph with every metric.</source>
        <translation>Analyse un projet Python et écrit son graphe des imports avec toutes les métriques.</translation>
    </message>
    <message>
        <source>Output format: json or dot.</source>
        <translation>Format de sortie : json ou dot.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Do not list problems on standard error.</source>
        <translation>Ne pas lister les problèmes sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (json or dot)</source>
        <translation>headroom: format inconnu &apos;%1&apos; (json ou dot)</translation>
    </message>
    <message>
        <source>Print what a design reviewer reads first.</source>
        <translation>Affiche ce qu&apos;un relecteur de conception lit en premier.</translation>
    </message>
    <message>
        <source>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</source>
        <translation>Se termine avec un code non nul si une règle échoue : cycles d&apos;imports, profondeur, contrats import-linter rompus, constats du budget cognitif. Les règles viennent de [tool.headroom.check] dans pyproject.toml et de ces options.</translation>
    </message>
    <message>
        <source>Import cycles allowed (default 0; -1: any).</source>
        <translation>Cycles d&apos;imports autorisés (0 par défaut ; -1 : sans limite).</translation>
    </message>
    <message>
        <source>Levels allowed (default 0: the budget&apos;s depth; -1: any).</source>
        <translation>Niveaux autorisés (0 par défaut : la profondeur du budget ; -1 : sans limite).</translation>
    </message>
    <message>
        <source>Head budget findings allowed (default: any).</source>
        <translation>Constats du budget cognitif autorisés (par défaut : sans limite).</translation>
    </message>
    <message>
        <source>Do not fail on import-linter contracts.</source>
        <translation>Ne pas échouer sur les contrats import-linter.</translation>
    </message>
    <message>
        <source>headroom: --%1 takes a whole number (-1 for any)</source>
        <translation>headroom: --%1 attend un nombre entier (-1 pour sans limite)</translation>
    </message>
    <message>
        <source>Write an SVG report of a Python project.</source>
        <translation>Écrit un rapport SVG sur un projet Python.</translation>
    </message>
    <message>
        <source>The SVG file to write.</source>
        <translation>Le fichier SVG à écrire.</translation>
    </message>
    <message>
        <source>headroom: report takes one folder; see &apos;headroom report --help&apos;</source>
        <translation>headroom: report attend un seul dossier ; voir &apos;headroom report --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot draw the report: %1</source>
        <translation>headroom: impossible de dessiner le rapport : %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2</source>
        <translation>Rapport de %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Graph level: module or package (analyze also: function or class).</source>
        <translation>Granularité du graphe : module ou package (pour analyze aussi : function ou class).</translation>
    </message>
    <message>
        <source>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</source>
        <translation>Ignorer les fichiers Python plus grands que cela, comme 5M ou 800k (5M par défaut, ou max_file_bytes de pyproject.toml).</translation>
    </message>
    <message>
        <source>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</source>
        <translation>headroom : --max-file-size attend une taille inférieure à 4G, comme 5M, 800k ou un nombre d’octets</translation>
    </message>
    <message>
        <source>headroom: error: %1</source>
        <translation>headroom : erreur : %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom : avertissement : %1</translation>
    </message>
    <message>
        <source>headroom: cannot write to standard output: %1</source>
        <translation>headroom : impossible d’écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>Report format: text, sarif (code scanning) or junit (CI test reports).</source>
        <translation>Format du rapport : text, sarif (analyse du code) ou junit (rapports de tests de CI).</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</source>
        <translation>headroom: format inconnu &apos;%1&apos; (text, sarif ou junit)</translation>
    </message>
    <message>
        <source>headroom: %1 is not in a git repository, so it has no revision %2</source>
        <translation>headroom : %1 n’est dans aucun dépôt git, il n’a donc pas de révision %2</translation>
    </message>
    <message>
        <source>headroom: the repository of %1 has no revision %2 (%3)</source>
        <translation>headroom : le dépôt de %1 n’a pas de révision %2 (%3)</translation>
    </message>
    <message>
        <source>headroom: %1 did not exist at revision %2</source>
        <translation>headroom : %1 n’existait pas à la révision %2</translation>
    </message>
    <message>
        <source>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</source>
        <translation>Analyser le projet tel que la révision git REV le contient (commit, étiquette, branche ou toute expression de révision), lu dans le dépôt : rien n’est extrait.</translation>
    </message>
    <message>
        <source>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>headroom : --rev attend une révision, comme HEAD~1, v2.0 ou un identifiant de commit</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</source>
        <translation>N’échouer que sur ce qui est nouveau ou pire que dans FILE, un JSON écrit auparavant par &apos;headroom analyze&apos;.</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than at git revision REV.</source>
        <translation>N’échouer que sur ce qui est nouveau ou pire qu’à la révision git REV.</translation>
    </message>
    <message>
        <source>headroom: give --baseline or --baseline-rev, not both</source>
        <translation>headroom : indiquez --baseline ou --baseline-rev, pas les deux</translation>
    </message>
    <message>
        <source>headroom: the baseline %1 was written at another level than this check&apos;s</source>
        <translation>headroom : la référence %1 a été écrite à un autre niveau que celui de cette vérification</translation>
    </message>
    <message>
        <source>headroom: cannot read the baseline %1: %2</source>
        <translation>headroom : impossible de lire la référence %1 : %2</translation>
    </message>
    <message>
        <source>Baseline: %1. What it had is marked (known) and does not fail.</source>
        <translation>Référence : %1. Ce qu’elle contenait déjà est marqué (connu) et ne fait pas échouer.</translation>
    </message>
    <message>
        <source>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</source>
        <translation>Comparer deux états d’un projet : imports et modules ajoutés et retirés, cycles nouveaux, agrandis et rompus, niveaux, dépassements du budget et violations de contrats.</translation>
    </message>
    <message>
        <source>The earlier state: a git revision.</source>
        <translation>L’état antérieur : une révision git.</translation>
    </message>
    <message>
        <source>The later state: a git revision (default: the work tree as it is).</source>
        <translation>L’état postérieur : une révision git (par défaut : l’arbre de travail tel qu’il est).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text or json)</source>
        <translation>headroom : format inconnu &apos;%1&apos; (text ou json)</translation>
    </message>
    <message>
        <source>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</source>
        <translation>headroom : diff compare --from REV avec --to REV ou l’arbre de travail ; voir &apos;headroom diff --help&apos;</translation>
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
        <translation>Usage : headroom [DOSSIER]            ouvre la fenêtre sur un projet
        headroom analyze DOSSIER ...  écrit le graphe des imports et les métriques en JSON ou en DOT
        headroom summary DOSSIER ...  affiche ce qu&apos;un relecteur de conception lit en premier
        headroom check DOSSIER ...    échoue si les cycles, la profondeur, les contrats ou le budget échouent
        headroom diff DOSSIER --from REV ...  ce qu&apos;un changement a fait à la structure
        headroom export DOSSIER ...   écrit le graphe, la matrice ou la treemap en SVG, PNG, PDF ou DOT
        headroom report DOSSIER ...   écrit un rapport SVG
Lancez &apos;headroom COMMANDE --help&apos; pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>headroom: warning: churn not counted: %1</source>
        <translation>headroom : avertissement : churn non compté : %1</translation>
    </message>
    <message>
        <source>headroom: warning: extracted facts not cached: %1</source>
        <translation>headroom : avertissement : faits extraits non mis en cache : %1</translation>
    </message>
    <message>
        <source>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</source>
        <translation>Compter les commits qui ont touché chaque fichier au cours des DAYS derniers jours (git, premiers parents) : les métriques churn et hotspot (churn fois complexité).</translation>
    </message>
    <message>
        <source>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</source>
        <translation>Analyser chaque fichier sans lire ni écrire le cache des faits extraits ($XDG_CACHE_HOME/headroom).</translation>
    </message>
    <message>
        <source>headroom: --churn takes a number of days from 1</source>
        <translation>headroom : --churn attend un nombre de jours à partir de 1</translation>
    </message>
    <message numerus="yes">
        <source>headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of memory, and %3 MB are available.</source>
        <translation>
            <numerusform>headroom : analyser %n fichier Python (%1 Mo) demanderait environ %2 Mo de mémoire, et %3 Mo sont disponibles.</numerusform>
            <numerusform>headroom : analyser %n fichiers Python (%1 Mo) demanderait environ %2 Mo de mémoire, et %3 Mo sont disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</source>
        <translation>Analysez une partie du projet (un sous-dossier), ou fixez la limite avec --memory MB.</translation>
    </message>
    <message>
        <source>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</source>
        <translation>Le niveau des paquets demande environ %1 Mo : headroom analyze --level package --depth 2. Ou analysez une partie du projet, ou fixez la limite avec --memory MB.</translation>
    </message>
    <message>
        <source>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</source>
        <translation>S&apos;arrêter avant l&apos;analyse si elle demanderait plus de MB mégaoctets (par défaut : la mémoire disponible ; 0 : ne pas vérifier).</translation>
    </message>
    <message>
        <source>headroom: --memory takes a number of megabytes, or 0</source>
        <translation>headroom : --memory attend un nombre de mégaoctets, ou 0</translation>
    </message>
    <message>
        <source>headroom: cannot load the window and the drawing commands: %1</source>
        <translation>headroom : impossible de charger la fenêtre et les commandes de dessin : %1</translation>
    </message>
    <message>
        <source>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</source>
        <translation>Laisser de côté les fichiers et dossiers que ce motif de chemin désigne, relatif au dossier du projet (comme pip/_vendor, migrations ou *_pb2.py) ; peut être répété. S’ajoute à exclude dans pyproject.toml.</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>cannot be read; skipped</source>
        <translation>illisible ; ignoré</translation>
    </message>
    <message>
        <source>cannot be read (%1); skipped</source>
        <translation>illisible (%1) ; ignoré</translation>
    </message>
    <message>
        <source>disappeared before it could be read; skipped</source>
        <translation>a disparu avant d&apos;avoir pu être lu ; ignoré</translation>
    </message>
    <message>
        <source>holds NUL bytes, so it is not Python source; skipped</source>
        <translation>contient des octets NUL, ce n&apos;est donc pas du code source Python ; ignoré</translation>
    </message>
    <message>
        <source>is not valid UTF-8; analysed anyway, some names may be garbled</source>
        <translation>n&apos;est pas de l&apos;UTF-8 valide ; analysé quand même, certains noms peuvent être altérés</translation>
    </message>
    <message>
        <source>is too large to analyse (%1 bytes); skipped</source>
        <translation>est trop volumineux pour être analysé (%1 octets) ; ignoré</translation>
    </message>
    <message>
        <source>has a syntax error; what could be recovered was analysed</source>
        <translation>contient une erreur de syntaxe ; ce qui a pu être récupéré a été analysé</translation>
    </message>
    <message>
        <source>took too long to parse; skipped</source>
        <translation>l&apos;analyse syntaxique a pris trop de temps ; ignoré</translation>
    </message>
    <message>
        <source>imports %1, which is not a module of this project</source>
        <translation>importe %1, qui n&apos;est pas un module de ce projet</translation>
    </message>
    <message>
        <source>names the same module as %1; that file is ignored</source>
        <translation>désigne le même module que %1 ; ce fichier est ignoré</translation>
    </message>
    <message>
        <source>could not be read as configuration (%1)</source>
        <translation>n&apos;a pas pu être lu comme configuration (%1)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>a print statement</source>
        <translation>une instruction print</translation>
    </message>
    <message>
        <source>an exec statement</source>
        <translation>une instruction exec</translation>
    </message>
    <message>
        <source>backticks</source>
        <translation>des accents graves (backticks)</translation>
    </message>
    <message>
        <source>except with a comma</source>
        <translation>except avec une virgule</translation>
    </message>
    <message>
        <source>raise with a comma</source>
        <translation>raise avec une virgule</translation>
    </message>
    <message>
        <source>the &lt;&gt; operator</source>
        <translation>l’opérateur &lt;&gt;</translation>
    </message>
    <message>
        <source>an octal number without 0o</source>
        <translation>un nombre octal sans 0o</translation>
    </message>
    <message>
        <source>a long integer</source>
        <translation>un entier long</translation>
    </message>
    <message>
        <source>a ur string</source>
        <translation>une chaîne ur</translation>
    </message>
    <message>
        <source>is %1, over the size limit of %2 (max_file_bytes); skipped</source>
        <translation>fait %1, au-delà de la limite de %2 (max_file_bytes) ; ignoré</translation>
    </message>
    <message>
        <source>looks like Python 2 (%1); what could be recovered was analysed</source>
        <translation>ressemble à du Python 2 (%1) ; ce qui a pu être récupéré a été analysé</translation>
    </message>
    <message>
        <source>is a symbolic link to a place read already; not followed</source>
        <translation>est un lien symbolique vers un endroit déjà lu ; non suivi</translation>
    </message>
    <message>
        <source>is a symbolic link that leaves the project (to %1); not followed</source>
        <translation>est un lien symbolique qui sort du projet (vers %1) ; non suivi</translation>
    </message>
    <message>
        <source>is a symbolic link in a loop of links; skipped</source>
        <translation>est un lien symbolique dans une boucle de liens ; ignoré</translation>
    </message>
    <message>
        <source>is a symbolic link to nothing (%1); skipped</source>
        <translation>est un lien symbolique vers rien (%1) ; ignoré</translation>
    </message>
    <message>
        <source>is a folder named like a Python file, which no import can reach; skipped with all it holds</source>
        <translation>est un dossier nommé comme un fichier Python, qu’aucun import ne peut atteindre ; ignoré avec tout son contenu</translation>
    </message>
    <message>
        <source>is a named pipe, not a file; skipped</source>
        <translation>est un tube nommé, pas un fichier ; ignoré</translation>
    </message>
    <message>
        <source>is a socket, not a file; skipped</source>
        <translation>est une socket, pas un fichier ; ignoré</translation>
    </message>
    <message>
        <source>is a device, not a file; skipped</source>
        <translation>est un périphérique, pas un fichier ; ignoré</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8 (%1); skipped</source>
        <translation>a un nom qui n’est pas de l’UTF-8 valide (%1) ; ignoré</translation>
    </message>
    <message numerus="yes">
        <source> (%n more left out by exclude)</source>
        <translation>
            <numerusform> (%n de plus laissé de côté par exclude)</numerusform>
            <numerusform> (%n de plus laissés de côté par exclude)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <source> (was %1)</source>
        <translation> (avant : %1)</translation>
    </message>
    <message>
        <source>: %1, budget %2</source>
        <translation> : %1, budget %2</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>l’arbre de travail</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>to   %1</source>
        <translation>à  %1</translation>
    </message>
    <message>
        <source>No change to the structure.</source>
        <translation>Aucun changement de structure.</translation>
    </message>
    <message>
        <source>Modules: %1 added, %2 removed</source>
        <translation>Modules : %1 ajoutés, %2 retirés</translation>
    </message>
    <message>
        <source>Imports: %1 added, %2 removed</source>
        <translation>Imports : %1 ajoutés, %2 retirés</translation>
    </message>
    <message>
        <source>Depth: %1 levels, now %2</source>
        <translation>Profondeur : %1 niveaux, maintenant %2</translation>
    </message>
    <message>
        <source>New cycles: %1</source>
        <translation>Nouveaux cycles : %1</translation>
    </message>
    <message>
        <source>Grown cycles: %1</source>
        <translation>Cycles agrandis : %1</translation>
    </message>
    <message>
        <source>Broken cycles: %1</source>
        <translation>Cycles rompus : %1</translation>
    </message>
    <message>
        <source>Levels changed: %1</source>
        <translation>Niveaux changés : %1</translation>
    </message>
    <message>
        <source>Over the head budget: %1 added, %2 gone</source>
        <translation>Au-delà du budget : %1 ajoutés, %2 disparus</translation>
    </message>
    <message>
        <source>Contracts: %1 new violations, %2 fixed</source>
        <translation>Contrats : %1 nouvelles violations, %2 corrigées</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>headroom: export needs a QApplication (pictures are graphics scenes)</source>
        <translation>headroom: export nécessite une QApplication (les images sont des scènes graphiques)</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: avertissement : %1</translation>
    </message>
    <message>
        <source>headroom: cannot draw the picture: %1</source>
        <translation>headroom: impossible de dessiner l&apos;image : %1</translation>
    </message>
    <message>
        <source>Write a picture of a Python project&apos;s imports.</source>
        <translation>Écrit une image des imports d&apos;un projet Python.</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>Le dossier du projet.</translation>
    </message>
    <message>
        <source>graph, matrix or treemap.</source>
        <translation>graph, matrix ou treemap.</translation>
    </message>
    <message>
        <source>What colours the nodes: %1.</source>
        <translation>Ce qui colore les nœuds : %1.</translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Profondeur des paquets : composants du nom pointé conservés (1 par défaut).</translation>
    </message>
    <message>
        <source>Show only this module and its neighbourhood.</source>
        <translation>N&apos;afficher que ce module et son voisinage.</translation>
    </message>
    <message>
        <source>Imports away from the focus that are shown (default 1).</source>
        <translation>Distance au focus, en imports, jusqu&apos;à laquelle afficher (1 par défaut).</translation>
    </message>
    <message>
        <source>slide, a4 or natural.</source>
        <translation>slide, a4 ou natural.</translation>
    </message>
    <message>
        <source>PNG pixels per picture pixel (default 1).</source>
        <translation>Pixels PNG par pixel de l&apos;image (1 par défaut).</translation>
    </message>
    <message>
        <source>The file to write: .svg, .png, .pdf or .dot.</source>
        <translation>Le fichier à écrire : .svg, .png, .pdf ou .dot.</translation>
    </message>
    <message>
        <source>export takes one folder; see &apos;headroom export --help&apos;</source>
        <translation>export attend un seul dossier ; voir &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (graph, matrix or treemap)</source>
        <translation>vue inconnue &apos;%1&apos; (graph, matrix ou treemap)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</source>
        <translation>métrique inconnue &apos;%1&apos; ; voir &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>--depth takes a whole number from 1</source>
        <translation>--depth attend un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>--hops takes a whole number from 0</source>
        <translation>--hops attend un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slide, a4 or natural)</source>
        <translation>préréglage inconnu &apos;%1&apos; (slide, a4 ou natural)</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale attend un nombre de 0.1 à 8</translation>
    </message>
    <message>
        <source>say where to write the picture with -o FILE</source>
        <translation>indiquez où écrire l&apos;image avec -o FILE</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</source>
        <translation>impossible de déterminer le format de %1 : terminez son nom par .svg, .png, .pdf ou .dot</translation>
    </message>
    <message>
        <source>only the graph view can be written as DOT</source>
        <translation>seule la vue graphe peut être écrite en DOT</translation>
    </message>
    <message>
        <source>--focus applies to the graph view only</source>
        <translation>--focus ne s&apos;applique qu&apos;à la vue graphe</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>packages, depth %1</source>
        <translation>paquets, profondeur %1</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Matrice des dépendances</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Graphe des imports</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>, around %1 (%n import(s) away)</source>
        <translation>
            <numerusform>, autour de %1 (jusqu&apos;à %n import)</numerusform>
            <numerusform>, autour de %1 (jusqu&apos;à %n imports)</numerusform>
        </translation>
    </message>
    <message>
        <source>structure (packages opened until about 40 boxes show; the default), module or package.</source>
        <translation>structure (paquets ouverts jusqu&apos;à ce qu&apos;environ 40 boîtes s&apos;affichent ; par défaut), module ou package.</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (structure, module or package)</source>
        <translation>granularité inconnue &apos;%1&apos; (structure, module ou package)</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>%1 is not a module of %2</source>
        <translation>%1 n&apos;est pas un module de %2</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>impossible de disposer le graphe : %1</translation>
    </message>
    <message>
        <source>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</source>
        <translation>%1 nœuds colorés selon %2, les imports pointent vers le bas, vers la base, ceux à couper vers le haut</translation>
    </message>
    <message>
        <source>cannot draw the %1 view</source>
        <translation>impossible de dessiner la vue %1</translation>
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
        <translation>headroom: la %1 ne peut pas être dessinée lisiblement sur cette page (étiquettes à %2 pt) : la carte de structure qui tient sur la page est dessinée à la place</translation>
    </message>
    <message>
        <source>module level</source>
        <translation>vue par modules</translation>
    </message>
    <message>
        <source>package level %1</source>
        <translation>vue par paquets de profondeur %1</translation>
    </message>
    <message>
        <source>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</source>
        <translation>Dessine ce qui a changé depuis la révision git REV : modules et imports ajoutés marqués, supprimés en fantômes, nouveaux cycles mis en évidence.</translation>
    </message>
    <message>
        <source>--since takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>--since attend une révision, comme HEAD~1, v2.0 ou un identifiant de commit</translation>
    </message>
    <message>
        <source>--since applies to the graph view only</source>
        <translation>--since ne s’applique qu’à la vue graphe</translation>
    </message>
    <message>
        <source>Changes since %1 · %2</source>
        <translation>Changements depuis %1 · %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 · %3</source>
        <translation>Changements de %1 à %2 · %3</translation>
    </message>
    <message>
        <source>headroom: %1 is not a module of %2</source>
        <translation>headroom : %1 n’est pas un module de %2</translation>
    </message>
    <message>
        <source>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</source>
        <translation>headroom : %1 se trouve dans %2 à la profondeur %3 : dessin à la profondeur %4, où il a sa propre boîte</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>package members</source>
        <translation>membres du paquet</translation>
    </message>
    <message>
        <source>top-level definitions</source>
        <translation>définitions de premier niveau</translation>
    </message>
    <message>
        <source>imported project modules</source>
        <translation>modules du projet importés</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>méthodes</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>Taille du paquet</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Taille du module</translation>
    </message>
    <message>
        <source>Fan-out</source>
        <translation>Fan-out</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>Taille de la classe</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
</context>
<context>
    <name>GitApi</name>
    <message>
        <source>%1 cannot be loaded</source>
        <translation>impossible de charger %1</translation>
    </message>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 n’a pas de fonction %2</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>%1 n’a pas pu être initialisée</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur : %1</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Couleur : %1 (%2)</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← mieux</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← moins bien</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>moins bien →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>mieux →</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>type-checking only</source>
        <translation>vérification de type uniquement</translation>
    </message>
    <message>
        <source>module in a cycle</source>
        <translation>module dans un cycle</translation>
    </message>
    <message>
        <source>width: 1, 10, 100 import sites</source>
        <translation>épaisseur : 1, 10, 100 emplacements d&apos;import</translation>
    </message>
    <message>
        <source>(12)</source>
        <translation>(12)</translation>
    </message>
    <message>
        <source>a package of 12 modules</source>
        <translation>un paquet de 12 modules</translation>
    </message>
    <message>
        <source>in a cycle: points down, like any import</source>
        <translation>dans un cycle : pointe vers le bas, comme tout import</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every cycle</source>
        <translation>couper ici : pointe vers le haut ; les couper brise tous les cycles</translation>
    </message>
    <message>
        <source>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</source>
        <translation>Boîtes : les fonctions et méthodes (ou classes) du module, nommées sans le module, et ce qu&apos;elles appellent ou ce qui les appelle, avec leur nom complet. Une boîte est au-dessus de ce qu&apos;elle appelle.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>in a recursion: points down, like any call</source>
        <translation>dans une récursion : pointe vers le bas, comme tout appel</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every recursion</source>
        <translation>couper ici : pointe vers le haut ; les couper brise toutes les récursions</translation>
    </message>
    <message>
        <source>function in a recursion</source>
        <translation>fonction dans une récursion</translation>
    </message>
    <message>
        <source>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</source>
        <translation>un paquet ouvert : ses modules à l&apos;intérieur, sur leurs propres couches ; double-cliquez sur un nom pour l&apos;ouvrir ou le fermer</translation>
    </message>
    <message>
        <source>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</source>
        <translation>Les imports qu&apos;un chemin d&apos;imports plus long implique déjà sont omis ; Affichage &gt; Afficher tous les imports les dessine tous.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Changements depuis %1</translation>
    </message>
    <message>
        <source>added module or package (+)</source>
        <translation>module ou paquet ajouté (+)</translation>
    </message>
    <message>
        <source>removed: a ghost where it was (−)</source>
        <translation>supprimé : un fantôme là où il était (−)</translation>
    </message>
    <message>
        <source>in a new or grown cycle</source>
        <translation>dans un cycle nouveau ou agrandi</translation>
    </message>
    <message>
        <source>import added (+)</source>
        <translation>import ajouté (+)</translation>
    </message>
    <message>
        <source>import removed (−)</source>
        <translation>import supprimé (−)</translation>
    </message>
    <message>
        <source>import of a new or grown cycle</source>
        <translation>import d’un cycle nouveau ou agrandi</translation>
    </message>
    <message>
        <source>modules added and removed inside a package</source>
        <translation>modules ajoutés et supprimés dans un paquet</translation>
    </message>
    <message>
        <source>+2 −1</source>
        <translation>+2 −1</translation>
    </message>
    <message>
        <source>too small to show one by one</source>
        <translation>trop petits pour être montrés un par un</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Matrice de dépendances</translation>
    </message>
    <message>
        <source>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</source>
        <translation>Chaque ligne et chaque colonne est un paquet. Une ligne importe les colonnes où ses cellules sont remplies ; une cellule additionne les sites d&apos;import des modules des paquets.</translation>
    </message>
    <message>
        <source>A row&apos;s module imports the columns where its cells are filled.</source>
        <translation>Le module d&apos;une ligne importe les colonnes où ses cellules sont remplies.</translation>
    </message>
    <message>
        <source>Highest level first: imports that follow the layering lie right of the diagonal.</source>
        <translation>Niveau le plus haut d&apos;abord : les imports qui suivent les couches sont à droite de la diagonale.</translation>
    </message>
    <message>
        <source>import sites in a cell</source>
        <translation>sites d&apos;import dans une cellule</translation>
    </message>
    <message>
        <source>left of the diagonal: against the layering, whatever its count</source>
        <translation>à gauche de la diagonale : contre les couches, quel que soit son nombre</translation>
    </message>
    <message>
        <source>modules in one import cycle</source>
        <translation>modules d&apos;un même cycle d&apos;imports</translation>
    </message>
    <message>
        <source>packages in one cycle of package imports</source>
        <translation>paquets d&apos;un même cycle d&apos;imports entre paquets</translation>
    </message>
    <message>
        <source>the diagonal: imports inside a package, grey where there are none</source>
        <translation>la diagonale : imports à l&apos;intérieur d&apos;un paquet, gris là où il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>the diagonal: a module and itself</source>
        <translation>la diagonale : un module et lui-même</translation>
    </message>
    <message>
        <source>beside a name: its level (0 imports nothing of the project)</source>
        <translation>à côté d&apos;un nom : son niveau (0 n&apos;importe rien du projet)</translation>
    </message>
    <message>
        <source>Colours of the tables</source>
        <translation>Couleurs des tableaux</translation>
    </message>
    <message>
        <source>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</source>
        <translation>Seul un chiffre qui mérite un regard est en couleur chaude ; les autres sont teintés selon leur taille. Survolez le titre d&apos;une colonne pour voir ce qu&apos;elle mesure.</translation>
    </message>
    <message>
        <source>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</source>
        <translation>Au-delà du budget cognitif ou de la limite habituelle d&apos;une métrique (LCOM4 au-dessus de 1) :</translation>
    </message>
    <message>
        <source>just over</source>
        <translation>juste au-delà</translation>
    </message>
    <message>
        <source>furthest over</source>
        <translation>le plus au-delà</translation>
    </message>
    <message>
        <source>Other figures, within their column:</source>
        <translation>Autres chiffres, dans leur colonne :</translation>
    </message>
    <message>
        <source>least</source>
        <translation>le moins</translation>
    </message>
    <message>
        <source>most</source>
        <translation>le plus</translation>
    </message>
    <message>
        <source>a package shown as one box: its parts inside, in its colour</source>
        <translation>un paquet montré comme une seule boîte : ses parties à l&apos;intérieur, dans sa couleur</translation>
    </message>
    <message>
        <source>the focus: what the picture is around</source>
        <translation>le focus : ce autour de quoi l’image est centrée</translation>
    </message>
</context>
<context>
    <name>MetricChoice</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Module cohesion</source>
        <translation>Cohésion du module</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Cohésion relationnelle</translation>
    </message>
    <message>
        <source>Instability</source>
        <translation>Instabilité</translation>
    </message>
    <message>
        <source>Abstractness</source>
        <translation>Abstraction</translation>
    </message>
    <message>
        <source>Distance from the main sequence</source>
        <translation>Distance à la séquence principale</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Highest complexity</source>
        <translation>Complexité maximale</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Au-delà du budget</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>lines of code</source>
        <translation>lignes de code</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>chemins</translation>
    </message>
    <message>
        <source>items over</source>
        <translation>éléments en excès</translation>
    </message>
    <message>
        <source>0 imports nothing of the project; each level imports the one below.</source>
        <translation>0 n&apos;importe rien du projet ; chaque niveau importe celui du dessous.</translation>
    </message>
    <message>
        <source>Groups of top-level definitions that do not use each other; 1 is cohesive.</source>
        <translation>Groupes de définitions de premier niveau qui ne s&apos;utilisent pas entre eux ; 1 est cohésif.</translation>
    </message>
    <message>
        <source>(imports among members + 1) / members; under 1.5 the members barely relate.</source>
        <translation>(imports entre membres + 1) / membres ; sous 1,5, les membres sont à peine liés.</translation>
    </message>
    <message>
        <source>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</source>
        <translation>Imports / (imports + importateurs) : à 0, les autres en dépendent ; à 1, il dépend des autres.</translation>
    </message>
    <message>
        <source>Abstract classes / classes.</source>
        <translation>Classes abstraites / classes.</translation>
    </message>
    <message>
        <source>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</source>
        <translation>|abstraction + instabilité - 1| : 0 est équilibré, 1 est rigide ou inutile.</translation>
    </message>
    <message>
        <source>Project modules that import it.</source>
        <translation>Modules du projet qui l&apos;importent.</translation>
    </message>
    <message>
        <source>Project modules it imports.</source>
        <translation>Modules du projet qu&apos;il importe.</translation>
    </message>
    <message>
        <source>Source lines that are not blank or comments.</source>
        <translation>Lignes de source qui ne sont ni vides ni des commentaires.</translation>
    </message>
    <message>
        <source>Cyclomatic complexity of its most complex function.</source>
        <translation>Complexité cyclomatique de sa fonction la plus complexe.</translation>
    </message>
    <message>
        <source>How far past the head budget it has grown.</source>
        <translation>De combien il a dépassé le budget cognitif.</translation>
    </message>
    <message>
        <source>Class cohesion (LCOM4)</source>
        <translation>Cohésion des classes (LCOM4)</translation>
    </message>
    <message>
        <source>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</source>
        <translation>LCOM4 de sa classe la moins cohésive : 1 est un tout, 2 ou plus sont des parties sans lien dans une même classe (4 et plus tous dans le rouge le plus sombre).</translation>
    </message>
    <message>
        <source>0 the foundation, high far above it</source>
        <translation>0 la base, élevé loin au-dessus</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more unrelated parts</source>
        <translation>1 cohésif, 2 ou plus parties sans lien</translation>
    </message>
    <message>
        <source>low: members barely relate</source>
        <translation>faible : membres à peine liés</translation>
    </message>
    <message>
        <source>0 depended upon, 1 depends on others</source>
        <translation>0 les autres en dépendent, 1 dépend des autres</translation>
    </message>
    <message>
        <source>0 concrete, 1 abstract</source>
        <translation>0 concret, 1 abstrait</translation>
    </message>
    <message>
        <source>0 balanced, 1 rigid or useless</source>
        <translation>0 équilibré, 1 rigide ou inutile</translation>
    </message>
    <message>
        <source>high: many modules import it</source>
        <translation>élevé : beaucoup de modules l&apos;importent</translation>
    </message>
    <message>
        <source>high: it imports many modules</source>
        <translation>élevé : il importe beaucoup de modules</translation>
    </message>
    <message>
        <source>high: large</source>
        <translation>élevé : volumineux</translation>
    </message>
    <message>
        <source>over %1: hard to test</source>
        <translation>au-delà de %1 : difficile à tester</translation>
    </message>
    <message>
        <source>0 within the budget, high far over it</source>
        <translation>0 dans le budget, élevé bien au-delà</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more a class of unrelated parts</source>
        <translation>1 cohésive, 2 ou plus une classe aux parties sans lien</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Couleur : %1 (%2)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Point chaud</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>commits</translation>
    </message>
    <message>
        <source>commits × paths</source>
        <translation>commits × chemins</translation>
    </message>
    <message>
        <source>Commits that changed its files in the churn window (git, first parents).</source>
        <translation>Commits qui ont modifié ses fichiers dans la fenêtre de churn (git, premiers parents).</translation>
    </message>
    <message>
        <source>Churn times the summed complexity of its functions: where frequent change meets complicated code.</source>
        <translation>Churn fois la complexité cumulée de ses fonctions : là où le changement fréquent rencontre le code compliqué.</translation>
    </message>
    <message>
        <source>high: changed often</source>
        <translation>élevé : souvent modifié</translation>
    </message>
    <message>
        <source>high: complex and changed often</source>
        <translation>élevé : complexe et souvent modifié</translation>
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
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</source>
        <translation>Les étiquettes sortent en %1 pt, sous les %2 pt qui restent lisibles à cette taille : l&apos;image est trop grande. Affichez moins (une vue par paquets ou un focus) ou utilisez la taille naturelle.</translation>
    </message>
    <message>
        <source>cannot paint the SVG</source>
        <translation>impossible de dessiner le SVG</translation>
    </message>
    <message>
        <source>the image would be too large</source>
        <translation>l&apos;image serait trop grande</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>impossible d&apos;encoder le PNG</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>impossible de dessiner le PDF</translation>
    </message>
    <message>
        <source>DOT is written from the graph, not painted</source>
        <translation>le DOT est écrit à partir du graphe, pas dessiné</translation>
    </message>
    <message>
        <source>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</source>
        <translation>L&apos;image fait %1 x %2 px : beaucoup de visionneuses ne peuvent pas ouvrir une image de plus de %3 px de côté. Utilisez le préréglage slide ou a4, ou affichez moins (une vue par paquets ou un focus).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</source>
        <translation>le dessin nécessite une QApplication ; sans écran, lancez avec QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>%1: import graph, %2 modules, %3 import edges shown</source>
        <translation>%1 : graphe des imports, %2 modules, %3 arêtes d&apos;import affichées</translation>
    </message>
    <message numerus="yes">
        <source>Levels from the foundation (level 0) at the bottom upwards; %n level(s) deep.</source>
        <translation>
            <numerusform>Niveaux depuis la base (niveau 0) en bas vers le haut ; %n niveau de profondeur.</numerusform>
            <numerusform>Niveaux depuis la base (niveau 0) en bas vers le haut ; %n niveaux de profondeur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalk</name>
    <message>
        <source>Depth: %1 levels against a budget of %2</source>
        <translation>Profondeur : %1 niveaux pour un budget de %2</translation>
    </message>
    <message>
        <source>Least cohesive class: %1 holds %2 unrelated parts</source>
        <translation>Classe la moins cohésive : %1 contient %2 parties sans lien</translation>
    </message>
    <message>
        <source>Every class is cohesive</source>
        <translation>Toutes les classes sont cohésives</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget</source>
        <translation>
            <numerusform>%n élément au-delà du budget cognitif</numerusform>
            <numerusform>%n éléments au-delà du budget cognitif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it</source>
        <translation>
            <numerusform>Cycle %1 sur %2, %3 membres : %4 ; couper %n import pour le briser</numerusform>
            <numerusform>Cycle %1 sur %2, %3 membres : %4 ; couper %n imports pour le briser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Cycle %1 (%n module(s)): </source>
        <translation>
            <numerusform>Cycle %1 (%n module) : </numerusform>
            <numerusform>Cycle %1 (%n modules) : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2 (%3)</source>
        <translation>%1 importe %2 (%3)</translation>
    </message>
    <message>
        <source>  cut to break it: %1</source>
        <translation>  à couper pour le briser : %1</translation>
    </message>
    <message>
        <source>  cut to break it (near-smallest, found by heuristic): %1</source>
        <translation>  à couper pour le briser (presque minimal, trouvé par heuristique) : %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 a %2 %3, soit %4 de plus que le budget de %5</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): kept</source>
        <translation>Contrat « %1 » (%2) : respecté</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; (%2): BROKEN by %n import chain(s)</source>
        <translation>
            <numerusform>Contrat « %1 » (%2) : ROMPU par %n chaîne d&apos;imports</numerusform>
            <numerusform>Contrat « %1 » (%2) : ROMPU par %n chaînes d&apos;imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</source>
        <translation>Contrat « %1 » : le type « %2 » n&apos;est pas vérifié par Headroom</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): invalid, %3 is missing</source>
        <translation>Contrat « %1 » (%2) : invalide, %3 manquant</translation>
    </message>
    <message>
        <source>  %1 must not import %2: %3</source>
        <translation>  %1 ne doit pas importer %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Headroom review of %1: %n file(s)</source>
        <translation>
            <numerusform>Revue Headroom de %1 : %n fichier</numerusform>
            <numerusform>Revue Headroom de %1 : %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth: %1 levels (budget %2)</source>
        <translation>Profondeur : %1 niveaux (budget %2)</translation>
    </message>
    <message>
        <source>Longest import chain: %1</source>
        <translation>Plus longue chaîne d&apos;imports : %1</translation>
    </message>
    <message>
        <source>No import cycles.</source>
        <translation>Aucun cycle d&apos;imports.</translation>
    </message>
    <message numerus="yes">
        <source>%n import cycle(s):</source>
        <translation>
            <numerusform>%n cycle d&apos;imports :</numerusform>
            <numerusform>%n cycles d&apos;imports :</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class is cohesive (LCOM4 of 1 or less).</source>
        <translation>Toutes les classes sont cohésives (LCOM4 de 1 ou moins).</translation>
    </message>
    <message>
        <source>Classes that hold several unrelated parts (LCOM4):</source>
        <translation>Classes qui contiennent plusieurs parties sans lien (LCOM4) :</translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion %4%</source>
        <translation>  %1 : %2 parties, %3 méthodes, cohésion %4 %</translation>
    </message>
    <message>
        <source>Nothing has grown past the head budget.</source>
        <translation>Rien n&apos;a dépassé le budget cognitif.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget:</source>
        <translation>
            <numerusform>%n élément au-delà du budget cognitif :</numerusform>
            <numerusform>%n éléments au-delà du budget cognitif :</numerusform>
        </translation>
    </message>
    <message>
        <source>Import-linter contracts (%1):</source>
        <translation>Contrats import-linter (%1) :</translation>
    </message>
    <message>
        <source>Coupling: average component dependency %1, propagation cost %2%</source>
        <translation>Couplage : dépendance moyenne des composants %1, coût de propagation %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) above level %1, the budget:</source>
        <translation>
            <numerusform>%n module au-dessus du niveau %1, le budget :</numerusform>
            <numerusform>%n modules au-dessus du niveau %1, le budget :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be read as written; defaults stand in for them:</source>
        <translation>
            <numerusform>%n réglage n’a pas pu être lu tel qu’écrit ; sa valeur par défaut le remplace :</numerusform>
            <numerusform>%n réglages n’ont pas pu être lus tels qu’écrits ; leurs valeurs par défaut les remplacent :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s), listed on standard error.</source>
        <translation>
            <numerusform>%n problème de fichier, listé sur la sortie d’erreur.</numerusform>
            <numerusform>%n problèmes de fichiers, listés sur la sortie d’erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more cycle(s)</source>
        <translation>
            <numerusform>et %n autre cycle</numerusform>
            <numerusform>et %n autres cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</source>
        <translation>  %1 : %2 parties, %3 méthodes, cohésion n.d. (aucun attribut d&apos;instance)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more class(es)</source>
        <translation>
            <numerusform>  et %n autre classe</numerusform>
            <numerusform>  et %n autres classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more item(s)</source>
        <translation>
            <numerusform>  et %n autre élément</numerusform>
            <numerusform>  et %n autres éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    and %n more chain(s)</source>
        <translation>
            <numerusform>    et %n autre chaîne</numerusform>
            <numerusform>    et %n autres chaînes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it:</source>
        <translation>
            <numerusform>  couper cet import (%n) pour le rompre :</numerusform>
            <numerusform>  couper ces %n imports pour le rompre :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it (near-smallest, found by heuristic):</source>
        <translation>
            <numerusform>  couper cet import (%n) pour le rompre (presque minimal, trouvé par heuristique) :</numerusform>
            <numerusform>  couper ces %n imports pour le rompre (presque minimal, trouvé par heuristique) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of several methods</source>
        <translation>
            <numerusform>%n partie de plusieurs méthodes</numerusform>
            <numerusform>%n parties de plusieurs méthodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) alone</source>
        <translation>
            <numerusform>%n méthode isolée</numerusform>
            <numerusform>%n méthodes isolées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStateText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
    <message>
        <source>not a Headroom saved view</source>
        <translation>pas une vue enregistrée par Headroom</translation>
    </message>
    <message>
        <source>saved by a newer Headroom</source>
        <translation>enregistrée par une version plus récente de Headroom</translation>
    </message>
    <message>
        <source>unknown import kind in shown_import_kinds</source>
        <translation>type d&apos;import inconnu dans shown_import_kinds</translation>
    </message>
    <message>
        <source>no project folder</source>
        <translation>aucun dossier de projet</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>the file name must end in .svg, .png, .pdf or .dot</source>
        <translation>le nom du fichier doit se terminer par .svg, .png, .pdf ou .dot</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Graphe des imports</translation>
    </message>
    <message>
        <source>Dependency structure matrix</source>
        <translation>Matrice de structure des dépendances</translation>
    </message>
    <message>
        <source>Cohesion treemap</source>
        <translation>Treemap de cohésion</translation>
    </message>
    <message>
        <source>only the graph exports to DOT</source>
        <translation>seul le graphe s&apos;exporte en DOT</translation>
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
        <translation>Ouvrez d’abord un projet.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so it has no revision %2.</source>
        <translation>%1 n’est dans aucun dépôt git : il n’a pas de révision %2.</translation>
    </message>
    <message>
        <source>The repository of %1 has no revision %2 (%3).</source>
        <translation>Le dépôt de %1 n’a pas de révision %2 (%3).</translation>
    </message>
    <message>
        <source>%1 did not exist at revision %2.</source>
        <translation>%1 n’existait pas à la révision %2.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 holds no Python files to compare with.</source>
        <translation>La révision %1 de %2 ne contient aucun fichier Python à comparer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not JSON.</source>
        <translation>%1 n’est pas du JSON.</translation>
    </message>
    <message>
        <source>%1 is not a JSON written by headroom analyze.</source>
        <translation>%1 n’est pas un JSON écrit par headroom analyze.</translation>
    </message>
    <message>
        <source>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</source>
        <translation>%1 décrit des paquets (profondeur %2) ; la fenêtre compare des modules : écrivez la référence avec &apos;headroom analyze DOSSIER -o FICHIER&apos;.</translation>
    </message>
</context>
<context>
    <name>headroom::CyclesPanel</name>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message numerus="yes">
        <source>cut %n import(s)</source>
        <translation>
            <numerusform>couper %n import</numerusform>
            <numerusform>couper %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importe %2</translation>
    </message>
    <message>
        <source>Imports to cut</source>
        <translation>Imports à couper</translation>
    </message>
    <message>
        <source>Imports to cut (heuristic)</source>
        <translation>Imports à couper (heuristique)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No import cycles</source>
        <translation>Aucun cycle d&apos;imports</translation>
    </message>
    <message>
        <source>Cut the suggested imports (what if)</source>
        <translation>Couper les imports suggérés (simulation)</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Couper cet import (simulation)</translation>
    </message>
    <message>
        <source>Module cycles inside it</source>
        <translation>Cycles de modules qu&apos;il contient</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1: %n member(s)</source>
        <translation>
            <numerusform>Cycle %1 : %n membre</numerusform>
            <numerusform>Cycle %1 : %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or Delete: cut the suggested imports (what if)</source>
        <translation>Clic droit ou Suppr : couper les imports suggérés (simulation)</translation>
    </message>
    <message numerus="yes">
        <source>%n import statement(s)</source>
        <translation>
            <numerusform>%n instruction import</numerusform>
            <numerusform>%n instructions import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::DetailsPanel</name>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Couper cet import (simulation)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message numerus="yes">
        <source>in cycle %1 of %n module(s)</source>
        <translation>
            <numerusform>dans le cycle %1 de %n module</numerusform>
            <numerusform>dans le cycle %1 de %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <source>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</source>
        <translation>Aucun appel, instanciation, référence ou classe de base derrière cet import (il ne fait peut-être que lire des valeurs, ou réexporter)</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n call(s) or use(s)</source>
        <translation>
            <numerusform>Utilisé par %n appel ou usage</numerusform>
            <numerusform>Utilisé par %n appels ou usages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>instantiation</source>
        <translation>instanciation</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>decorator</source>
        <translation>décorateur</translation>
    </message>
    <message>
        <source>base class</source>
        <translation>classe de base</translation>
    </message>
    <message>
        <source>use</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Cohésion relationnelle</translation>
    </message>
    <message>
        <source>Imports of several modules: open the package to see the calls behind each</source>
        <translation>Imports de plusieurs modules : ouvrez le paquet pour voir les appels derrière chacun</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Derrière cet import</translation>
    </message>
    <message numerus="yes">
        <source>%n module import(s): open the packages to see the calls behind each</source>
        <translation>
            <numerusform>%n import de module : ouvrez les paquets pour voir les appels derrière chacun</numerusform>
            <numerusform>%n imports de modules : ouvrez les paquets pour voir les appels derrière chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message numerus="yes">
        <source>package of %n module(s) in this picture (%1)</source>
        <translation>
            <numerusform>paquet de %n module dans cette image (%1)</numerusform>
            <numerusform>paquet de %n modules dans cette image (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>inside %1 in this picture; figures of the module alone</source>
        <translation>dans %1 sur cette image ; chiffres du module seul</translation>
    </message>
    <message>
        <source>Row in this picture</source>
        <translation>Rangée dans cette image</translation>
    </message>
    <message>
        <source>layer %1 (0 at the bottom)</source>
        <translation>couche %1 (0 en bas)</translation>
    </message>
    <message>
        <source>The row the box sits on: what it imports is below it</source>
        <translation>La rangée où se trouve la boîte : ce qu&apos;elle importe est en dessous</translation>
    </message>
    <message>
        <source>The calls behind this import are listed once they are resolved</source>
        <translation>Les appels derrière cette importation sont listés une fois résolus</translation>
    </message>
    <message>
        <source>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</source>
        <translation>Choisissez une boîte ou une flèche du graphe, une cellule de la matrice, une ligne d&apos;un tableau ou d&apos;un panneau : ses chiffres, ses imports et ceux qui l&apos;importent s&apos;affichent ici.</translation>
    </message>
    <message numerus="yes">
        <source>in a module cycle of %n module(s)</source>
        <translation>
            <numerusform>dans un cycle de modules de %n module</numerusform>
            <numerusform>dans un cycle de modules de %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>%1 in this picture</source>
        <translation>%1 dans cette image</translation>
    </message>
    <message>
        <source>Lines of code</source>
        <translation>Lignes de code</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s): %1</source>
        <translation>
            <numerusform>%n méthode : %1</numerusform>
            <numerusform>%n méthodes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sharing %1</source>
        <translation>partageant %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>Autres parties</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) of several methods</source>
        <translation>
            <numerusform>%n autre partie de plusieurs méthodes</numerusform>
            <numerusform>%n autres parties de plusieurs méthodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Isolées</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) linked to no other: %1</source>
        <translation>
            <numerusform>%n méthode liée à aucune autre : %1</numerusform>
            <numerusform>%n méthodes liées à aucune autre : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each a part of its own: it calls no other method of the class and shares no attribute with one</source>
        <translation>Chacune est une partie à elle seule : elle n&apos;appelle aucune autre méthode de la classe et ne partage aucun attribut avec elles</translation>
    </message>
    <message>
        <source>Attribute share</source>
        <translation>Part des attributs</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The share of the instance attributes a method uses, averaged over its methods</source>
        <translation>La part des attributs d&apos;instance qu&apos;une méthode utilise, en moyenne sur ses méthodes</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstraite</translation>
    </message>
    <message>
        <source>yes (an ABC or Protocol base, or an abstract method)</source>
        <translation>oui (une base ABC ou Protocol, ou une méthode abstraite)</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Au-delà du budget</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Utilisée depuis</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules whose code calls, instantiates, references, decorates with or derives from the class or one of its methods</source>
        <translation>Modules dont le code appelle, instancie, référence, utilise comme décorateur la classe ou l&apos;une de ses méthodes, ou en hérite</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n use(s))</source>
        <translation>
            <numerusform>%1 (%n utilisation)</numerusform>
            <numerusform>%1 (%n utilisations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>kept</source>
        <translation>respecté</translation>
    </message>
    <message numerus="yes">
        <source>broken by %n chain(s)</source>
        <translation>
            <numerusform>rompu par %n chaîne</numerusform>
            <numerusform>rompu par %n chaînes</numerusform>
        </translation>
    </message>
    <message>
        <source>type %1 not checked</source>
        <translation>type %1 non vérifié</translation>
    </message>
    <message>
        <source>invalid: %1 missing</source>
        <translation>invalide : %1 manquant</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Over the head budget (%1)</source>
        <translation>Au-delà du budget cognitif (%1)</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Import-linter contracts (%1)</source>
        <translation>Contrats import-linter (%1)</translation>
    </message>
    <message>
        <source>%1 must not import %2</source>
        <translation>%1 ne doit pas importer %2</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importe %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 a %2 %3, soit %4 de plus que le budget de %5</translation>
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
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: double-click its name to close it</source>
        <translation>%1 : double-cliquez sur son nom pour le fermer</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Couper cet import (simulation)</translation>
    </message>
    <message>
        <source>Show its sites and calls</source>
        <translation>Afficher ses emplacements et ses appels</translation>
    </message>
    <message>
        <source>Why does %1 import %2?</source>
        <translation>Pourquoi %1 importe-t-il %2 ?</translation>
    </message>
</context>
<context>
    <name>headroom::LegendPanel</name>
    <message>
        <source>No legend for this view.</source>
        <translation>Pas de légende pour cette vue.</translation>
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
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>&amp;Treemap</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>Ta&amp;bleaux</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>Analyse de %1...</translation>
    </message>
    <message>
        <source>Finding Python files...</source>
        <translation>Recherche des fichiers Python...</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files...</source>
        <translation>Analyse syntaxique du fichier %1 sur %2...</translation>
    </message>
    <message>
        <source>Resolving imports...</source>
        <translation>Résolution des imports...</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>Calcul des métriques...</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 holds no Python files.</source>
        <translation>%1 ne contient aucun fichier Python.</translation>
    </message>
    <message>
        <source>%1 could not be analysed.</source>
        <translation>%1 n&apos;a pas pu être analysé.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Granularité :</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Packages, depth %1</source>
        <translation>Paquets, profondeur %1</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorer selon :</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Show only the selected module and its neighbours</source>
        <translation>N&apos;afficher que le module sélectionné et ses voisins</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>sauts : </translation>
    </message>
    <message>
        <source>Find a module (Ctrl+F)</source>
        <translation>Rechercher un module (Ctrl+F)</translation>
    </message>
    <message>
        <source>No module named %1.</source>
        <translation>Aucun module nommé %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Ouvrir un dossier...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save View...</source>
        <translation>&amp;Enregistrer la vue...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json)</source>
        <translation>Vues Headroom (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>Impossible d&apos;enregistrer la vue</translation>
    </message>
    <message>
        <source>Open &amp;View...</source>
        <translation>Ouvrir une &amp;vue...</translation>
    </message>
    <message>
        <source>Open a saved view</source>
        <translation>Ouvrir une vue enregistrée</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json *.json)</source>
        <translation>Vues Headroom (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the view</source>
        <translation>Impossible d&apos;ouvrir la vue</translation>
    </message>
    <message>
        <source>&amp;Export Picture...</source>
        <translation>E&amp;xporter l&apos;image...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Hide &amp;Type-Checking Imports</source>
        <translation>Masquer les imports de vérification de &amp;type</translation>
    </message>
    <message>
        <source>Hide Function-&amp;Local Imports</source>
        <translation>Masquer les imports &amp;locaux aux fonctions</translation>
    </message>
    <message>
        <source>Hide &amp;Conditional Imports</source>
        <translation>Masquer les imports &amp;conditionnels</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Next Review Step</source>
        <translation>Étape de revue suivante</translation>
    </message>
    <message>
        <source>Previous Review Step</source>
        <translation>Étape de revue précédente</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Open a Python project</source>
        <translation>Ouvrir un projet Python</translation>
    </message>
    <message>
        <source>%1 - Headroom</source>
        <translation>%1 - Headroom</translation>
    </message>
    <message>
        <source>Remove the import of %1 from %2 (%3)</source>
        <translation>Retirer l&apos;import de %1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>Activate to put this import back</source>
        <translation>Activer pour rétablir cet import</translation>
    </message>
    <message>
        <source>No imports cut. Right-click an import in Details to see what cutting it would do.</source>
        <translation>Aucun import coupé. Cliquez avec le bouton droit sur un import dans Détails pour voir ce que sa coupure changerait.</translation>
    </message>
    <message>
        <source>Layout problem: %1</source>
        <translation>Problème de disposition : %1</translation>
    </message>
    <message>
        <source>Why does A depend on B?</source>
        <translation>Pourquoi A dépend-il de B ?</translation>
    </message>
    <message>
        <source>Module A:</source>
        <translation>Module A :</translation>
    </message>
    <message>
        <source>Module B:</source>
        <translation>Module B :</translation>
    </message>
    <message>
        <source>%1 does not import %2, directly or through other modules.</source>
        <translation>%1 n&apos;importe pas %2, ni directement ni par d&apos;autres modules.</translation>
    </message>
    <message>
        <source>there is no picture to export yet</source>
        <translation>il n&apos;y a pas encore d&apos;image à exporter</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;SVG pour diapositive (*.slide.svg);;PDF A4 (*.a4.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</source>
        <translation>Étape %1 sur %2 : %3 (Page suivante : avancer, Page précédente : revenir, F11 : quitter)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1 : %n fichier</numerusform>
            <numerusform>%1 : %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondeur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over budget</source>
        <translation>
            <numerusform>%n au-delà du budget</numerusform>
            <numerusform>%n au-delà du budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when Headroom starts again.</source>
        <translation>La langue changera au prochain démarrage de Headroom.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Select a module to see its classes or functions.</source>
        <translation>Sélectionnez un module pour voir ses classes ou ses fonctions.</translation>
    </message>
    <message>
        <source>Classes of the selected module</source>
        <translation>Classes du module sélectionné</translation>
    </message>
    <message>
        <source>Functions of the selected module</source>
        <translation>Fonctions du module sélectionné</translation>
    </message>
    <message>
        <source>Resolving calls...</source>
        <translation>Résolution des appels...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Structure (fits the head budget)</source>
        <translation>Structure (tient dans le budget cognitif)</translation>
    </message>
    <message>
        <source>Show &amp;Every Import</source>
        <translation>Afficher tous les &amp;imports</translation>
    </message>
    <message>
        <source>Structure maps draw only the imports that no other path implies; show all</source>
        <translation>Les cartes de structure ne dessinent que les imports qu&apos;aucun autre chemin n&apos;implique ; les afficher tous</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Undo Cut</source>
        <translation>Annuler la &amp;coupure</translation>
    </message>
    <message numerus="yes">
        <source>this picture (%1): depth %2, %n cycle(s)</source>
        <translation>
            <numerusform>cette image (%1) : profondeur %2, %n cycle</numerusform>
            <numerusform>cette image (%1) : profondeur %2, %n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %2: the shortest import chain, %n import(s)</source>
        <translation>
            <numerusform>%1 dépend de %2 : la plus courte chaîne d&apos;imports, %n import</numerusform>
            <numerusform>%1 dépend de %2 : la plus courte chaîne d&apos;imports, %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importe %2</translation>
    </message>
    <message>
        <source>Find &amp;Module</source>
        <translation>Trouver un &amp;module</translation>
    </message>
    <message>
        <source>&amp;Why Does A Depend on B?...</source>
        <translation>&amp;Pourquoi A dépend-il de B ?...</translation>
    </message>
    <message>
        <source>C&amp;lear the What-If Cuts</source>
        <translation>E&amp;ffacer les coupures d’essai</translation>
    </message>
    <message>
        <source>Re&amp;do Cut</source>
        <translation>Ré&amp;tablir la coupure</translation>
    </message>
    <message>
        <source>Re-analyse When &amp;Files Change</source>
        <translation>Réanalyser quand les fic&amp;hiers changent</translation>
    </message>
    <message numerus="yes">
        <source>%1 around %2, %n import(s) away</source>
        <translation>
            <numerusform>%1 autour de %2, à %n import</numerusform>
            <numerusform>%1 autour de %2, à %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not import %2 in this picture.</source>
        <translation>%1 n’importe pas %2 dans cette image.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2 through %n module import(s)</source>
        <translation>
            <numerusform>%1 importe %2 par %n import de module</numerusform>
            <numerusform>%1 importe %2 par %n imports de modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Re&amp;vision...</source>
        <translation>Comparer avec une ré&amp;vision...</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Comparer avec une révision</translation>
    </message>
    <message>
        <source>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</source>
        <translation>Révision git à comparer (HEAD~1, une étiquette, une branche, un identifiant de commit) :</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline File...</source>
        <translation>Comparer avec un fichier de &amp;référence...</translation>
    </message>
    <message>
        <source>Compare with Baseline File</source>
        <translation>Comparer avec un fichier de référence</translation>
    </message>
    <message>
        <source>Analysis JSON (headroom analyze) (*.json);;All files (*)</source>
        <translation>JSON d’analyse (headroom analyze) (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Arrêter la comparaison</translation>
    </message>
    <message>
        <source>Reading revision %1 to compare with...</source>
        <translation>Lecture de la révision %1 pour comparer...</translation>
    </message>
    <message>
        <source>Reading %1 to compare with...</source>
        <translation>Lecture de %1 pour comparer...</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</source>
        <translation>%1 est trop grand pour être analysé dans la mémoire disponible sur cet ordinateur. Ouvrez-en une partie (un sous-dossier), ou analysez ses paquets en ligne de commande : headroom analyze --level package.</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files, under a minute left...</source>
        <translation>Analyse syntaxique du fichier %1 sur %2, moins d’une minute restante...</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %1 of %2 files, about %n minute(s) left...</source>
        <translation>
            <numerusform>Analyse syntaxique du fichier %1 sur %2, environ %n minute restante...</numerusform>
            <numerusform>Analyse syntaxique du fichier %1 sur %2, environ %n minutes restantes...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; resolving calls...</source>
        <translation>%1 ; résolution des appels...</translation>
    </message>
    <message>
        <source>Classes and functions are drawn once the calls are resolved.</source>
        <translation>Les classes et les fonctions sont dessinées une fois les appels résolus.</translation>
    </message>
    <message numerus="yes">
        <source>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</source>
        <translation>
            <numerusform>; %n boîte, aucun paquet où la replier : l’onglet Matrice ou un focus la montre mieux</numerusform>
            <numerusform>; %n boîtes, aucun paquet où les replier : l’onglet Matrice ou un focus les montre mieux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MatrixScene</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>%1 does not import %2</source>
        <translation>%1 n&apos;importe pas %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2: %n site(s)</source>
        <translation>
            <numerusform>%1 importe %2 : %n emplacement</numerusform>
            <numerusform>%1 importe %2 : %n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the layering (a cycle)</source>
        <translation>Contre la stratification (un cycle)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>(own modules)</source>
        <translation>(modules propres)</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated: each row and column is a package (%n row(s) for %1 modules); a cell sums the import sites of its packages&apos; modules.</source>
        <translation>
            <numerusform>Agrégée : chaque ligne et chaque colonne est un paquet (%n ligne pour %1 modules) ; une cellule additionne les emplacements d&apos;import des modules de ses paquets.</numerusform>
            <numerusform>Agrégée : chaque ligne et chaque colonne est un paquet (%n lignes pour %1 modules) ; une cellule additionne les emplacements d&apos;import des modules de ses paquets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix shows %n package(s) instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</source>
        <translation>
            <numerusform>la matrice montre %n paquet au lieu de %1 modules, pour que ses cellules et ses étiquettes restent lisibles sur la page (le préréglage natural montre tous les modules)</numerusform>
            <numerusform>la matrice montre %n paquets au lieu de %1 modules, pour que ses cellules et ses étiquettes restent lisibles sur la page (le préréglage natural montre tous les modules)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summed over the packages&apos; modules: %1 in the row, %2 in the column</source>
        <translation>Somme sur les modules des paquets : %1 dans la ligne, %2 dans la colonne</translation>
    </message>
</context>
<context>
    <name>headroom::MatrixView</name>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MetricsTableModel</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>File and line of its definition.</source>
        <translation>Fichier et ligne de sa définition.</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Au-delà du budget</translation>
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
        <translation>Niveau parmi les paquets de même profondeur, 0 n&apos;en important aucun ; Ca, Ce et I se comptent aussi parmi eux.</translation>
    </message>
    <message>
        <source>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</source>
        <translation>Groupes de méthodes qui ne s&apos;appellent pas entre elles et ne partagent aucun attribut ; 1 est cohésif.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Dotted name of the package.</source>
        <translation>Nom pointé du paquet.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Direct members: its modules and subpackages.</source>
        <translation>Membres directs : ses modules et sous-paquets.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Python files in it and below it.</source>
        <translation>Fichiers Python qu&apos;il contient, sous-dossiers compris.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>Cohésion</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Import cycles among the modules inside it.</source>
        <translation>Cycles d&apos;imports entre les modules qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Dotted name; a package stands for its __init__.</source>
        <translation>Nom pointé ; un paquet représente son __init__.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source file, relative to the project.</source>
        <translation>Fichier source, relatif au projet.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>The import cycle it is part of; empty when none.</source>
        <translation>Le cycle d&apos;imports dont il fait partie ; vide s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Top-level functions and classes.</source>
        <translation>Fonctions et classes de premier niveau.</translation>
    </message>
    <message>
        <source>Max CC</source>
        <translation>CC max.</translation>
    </message>
    <message>
        <source>Mean CC</source>
        <translation>CC moy.</translation>
    </message>
    <message>
        <source>Mean cyclomatic complexity of its functions.</source>
        <translation>Complexité cyclomatique moyenne de ses fonctions.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Module and qualified name of the class.</source>
        <translation>Module et nom qualifié de la classe.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Methods defined in it, constructors included.</source>
        <translation>Méthodes qui y sont définies, constructeurs compris.</translation>
    </message>
    <message>
        <source>LCOM4</source>
        <translation>LCOM4</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstraite</translation>
    </message>
    <message>
        <source>Derives from ABC or Protocol, or has an abstract method.</source>
        <translation>Dérive de ABC ou de Protocol, ou a une méthode abstraite.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Module and qualified name of the function.</source>
        <translation>Module et nom qualifié de la fonction.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method: defined directly in a class.</source>
        <translation>Méthode : définie directement dans une classe.</translation>
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
        <translation>Définie avec async def.</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstraite</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
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
        <translation>Part des attributs d&apos;instance qu&apos;utilise une méthode ; n.d. pour une classe sans attributs d&apos;instance ou sans méthodes autres que ses constructeurs.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Point chaud</translation>
    </message>
</context>
<context>
    <name>headroom::ModuleTreeModel</name>
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>namespace package</source>
        <translation>paquet d&apos;espace de noms</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
</context>
<context>
    <name>headroom::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>headroom::SourceView</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>headroom::TablesPane</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Only over budget</source>
        <translation>Seulement au-delà du budget</translation>
    </message>
    <message>
        <source>Only in cycles</source>
        <translation>Seulement dans des cycles</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Select a row to see all its figures here.</source>
        <translation>Sélectionnez une ligne pour voir ici tous ses chiffres.</translation>
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
        <translation>Paquets (mesure en cours...)</translation>
    </message>
    <message>
        <source>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</source>
        <translation>Mesure de chaque paquet comme une unité parmi les paquets de sa profondeur (niveau, couplage, cycles)...</translation>
    </message>
</context>
<context>
    <name>headroom::TreemapScene</name>
    <message numerus="yes">
        <source>%n line(s) of code</source>
        <translation>
            <numerusform>%n ligne de code</numerusform>
            <numerusform>%n lignes de code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LCOM4: %1 (%n method(s))</source>
        <translation>
            <numerusform>LCOM4 : %1 (%n méthode)</numerusform>
            <numerusform>LCOM4 : %1 (%n méthodes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</source>
        <translation>Couleur : modules selon leurs parties, classes selon LCOM4 (1 cohésif, 2 ou plus parties sans lien)</translation>
    </message>
    <message>
        <source>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</source>
        <translation>Couleur : cohésion des classes (LCOM4), un module selon sa classe la moins cohésive (1 cohésive, 2 ou plus une classe aux parties sans lien)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more class(es)</source>
        <translation>
            <numerusform>%Ln classe de plus</numerusform>
            <numerusform>%Ln classes de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more module(s)</source>
        <translation>
            <numerusform>%Ln module de plus</numerusform>
            <numerusform>%Ln modules de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) too small to show one by one</source>
        <translation>
            <numerusform>%Ln classe trop petite pour être montrée seule</numerusform>
            <numerusform>%Ln classes trop petites pour être montrées une à une</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) too small to show one by one</source>
        <translation>
            <numerusform>%Ln module trop petit pour être montré seul</numerusform>
            <numerusform>%Ln modules trop petits pour être montrés un à un</numerusform>
        </translation>
    </message>
    <message>
        <source>outside classes</source>
        <translation>hors des classes</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of code outside classes</source>
        <translation>
            <numerusform>%n ligne de code hors des classes</numerusform>
            <numerusform>%n lignes de code hors des classes</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst class LCOM4: %1</source>
        <translation>Pire classe, LCOM4 : %1</translation>
    </message>
    <message>
        <source>A part of %1, which this picture shows as one box</source>
        <translation>Une partie de %1, que cette image montre comme une seule boîte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrote screenshots to %1</source>
        <translation>Captures d&apos;écran écrites dans %1</translation>
    </message>
</context>
</TS>

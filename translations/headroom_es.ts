<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>%1: añadido</translation>
    </message>
    <message>
        <source>%1: removed (a ghost of the earlier state)</source>
        <translation>%1: eliminado (un fantasma del estado anterior)</translation>
    </message>
    <message>
        <source>%1; in a new or grown cycle</source>
        <translation>%1; en un ciclo nuevo o ampliado</translation>
    </message>
    <message>
        <source>%1 → %2: removed</source>
        <translation>%1 → %2: eliminado</translation>
    </message>
    <message numerus="yes">
        <source>%n import site(s)</source>
        <translation>
            <numerusform>%n punto de import</numerusform>
            <numerusform>%n puntos de import</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; added</source>
        <translation>%1; añadido</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>FAIL depth: %1 levels, %2 allowed</source>
        <translation>FAIL profundidad: %1 niveles, %2 permitidos</translation>
    </message>
    <message>
        <source>  longest import chain: %1</source>
        <translation>  cadena de imports más larga: %1</translation>
    </message>
    <message>
        <source>ok   depth: %1 levels</source>
        <translation>ok   profundidad: %1 niveles</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n regla no se cumple.</numerusform>
            <numerusform>%n reglas no se cumplen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All rules pass.</source>
        <translation>Se cumplen todas las reglas.</translation>
    </message>
    <message numerus="yes">
        <source>FAIL cycles: %n import cycle(s), %1 allowed</source>
        <translation>
            <numerusform>FAIL ciclos: %n ciclo de imports, %1 permitidos</numerusform>
            <numerusform>FAIL ciclos: %n ciclos de imports, %1 permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   cycles: %n</source>
        <translation>
            <numerusform>ok   ciclos: %n</numerusform>
            <numerusform>ok   ciclos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL contracts: %1 of %n broken or invalid</source>
        <translation>
            <numerusform>FAIL contratos: %1 de %n incumplido o no válido</numerusform>
            <numerusform>FAIL contratos: %1 de %n incumplidos o no válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %n kept</source>
        <translation>
            <numerusform>ok   contratos: %n cumplido</numerusform>
            <numerusform>ok   contratos: %n cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL budget: %n item(s) over the head budget, %1 allowed</source>
        <translation>
            <numerusform>FAIL presupuesto: %n elemento por encima del presupuesto cognitivo, %1 permitidos</numerusform>
            <numerusform>FAIL presupuesto: %n elementos por encima del presupuesto cognitivo, %1 permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   budget: %n item(s) over the head budget</source>
        <translation>
            <numerusform>ok   presupuesto: %n elemento por encima del presupuesto cognitivo</numerusform>
            <numerusform>ok   presupuesto: %n elementos por encima del presupuesto cognitivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL configuration: %n setting(s) could not be read as written</source>
        <translation>
            <numerusform>FAIL configuración: %n ajuste no pudo leerse tal como está escrito</numerusform>
            <numerusform>FAIL configuración: %n ajustes no pudieron leerse tal como están escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Readable configuration</source>
        <translation>Configuración legible</translation>
    </message>
    <message>
        <source>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</source>
        <translation>Falla cuando un ajuste de pyproject.toml o de la configuración de import-linter no se pudo leer tal como está escrito (un valor del tipo equivocado, una clave mal escrita, un archivo que no se puede leer): las reglas leídas de los valores por defecto pasarían o fallarían por el motivo equivocado.</translation>
    </message>
    <message>
        <source>Import cycles</source>
        <translation>Ciclos de imports</translation>
    </message>
    <message>
        <source>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</source>
        <translation>Falla cuando hay más ciclos de imports de los permitidos (max_cycles en [tool.headroom.check], o --max-cycles; 0 por defecto, -1 para cualquier número). Cada ciclo se muestra como una cadena de imports, con los imports que hay que cortar para romperlo.</translation>
    </message>
    <message>
        <source>Import depth</source>
        <translation>Profundidad de imports</translation>
    </message>
    <message>
        <source>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</source>
        <translation>Falla cuando el proyecto tiene más niveles de imports de los permitidos (max_depth en [tool.headroom.check], o --max-depth; por defecto la profundidad del presupuesto cognitivo, -1 desactiva la regla). La cadena de imports más larga muestra de dónde vienen los niveles.</translation>
    </message>
    <message>
        <source>Import-linter contracts</source>
        <translation>Contratos de import-linter</translation>
    </message>
    <message>
        <source>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</source>
        <translation>Falla cuando un contrato de import-linter (layers, forbidden, independence) está incumplido o no es válido. Cada infracción es una cadena de imports con sus ubicaciones. Se desactiva con contracts = false en [tool.headroom.check], o --no-contracts.</translation>
    </message>
    <message>
        <source>Head budget</source>
        <translation>Presupuesto cognitivo</translation>
    </message>
    <message>
        <source>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</source>
        <translation>Falla cuando hay más elementos por encima del presupuesto cognitivo de los permitidos (max_findings en [tool.headroom.check], o --max-findings; cualquier número por defecto): paquetes con demasiados miembros, módulos con demasiadas definiciones o imports, clases con demasiados métodos, demasiados niveles.</translation>
    </message>
    <message>
        <source> (known)</source>
        <translation> (conocido)</translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %1 of %n broken or invalid, as in the baseline</source>
        <translation>
            <numerusform>ok   contratos: %1 de %n incumplidos o no válidos, como en la referencia</numerusform>
            <numerusform>ok   contratos: %1 de %n incumplidos o no válidos, como en la referencia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>headroom: %1 does not exist</source>
        <translation>headroom: %1 no existe</translation>
    </message>
    <message>
        <source>headroom: %1 is a file; give the project&apos;s folder</source>
        <translation>headroom: %1 es un archivo; indique la carpeta del proyecto</translation>
    </message>
    <message>
        <source>headroom: %1 holds no Python files</source>
        <translation>headroom: %1 no contiene archivos Python</translation>
    </message>
    <message>
        <source>headroom: analysis cancelled</source>
        <translation>headroom: análisis cancelado</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n more problem(s) not shown</source>
        <translation>
            <numerusform>headroom: %n problema más sin mostrar</numerusform>
            <numerusform>headroom: %n problemas más sin mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Profundidad de paquetes: componentes del nombre con puntos que se conservan (1 por defecto).</translation>
    </message>
    <message>
        <source>Leave out stdlib and third-party modules.</source>
        <translation>Excluir los módulos de la biblioteca estándar y de terceros.</translation>
    </message>
    <message>
        <source>The head budget for every check (default 7, or pyproject.toml).</source>
        <translation>El presupuesto cognitivo de cada comprobación (7 por defecto, o pyproject.toml).</translation>
    </message>
    <message>
        <source>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</source>
        <translation>Tipos de import que forman ciclos y niveles, separados por comas: runtime, function-local, conditional, type-checking (por defecto: todos menos type-checking).</translation>
    </message>
    <message>
        <source>headroom: --depth takes a whole number from 1</source>
        <translation>headroom: --depth admite un número entero a partir de 1</translation>
    </message>
    <message>
        <source>headroom: unknown level &apos;%1&apos; (module or package)</source>
        <translation>headroom: granularidad desconocida &apos;%1&apos; (module o package)</translation>
    </message>
    <message>
        <source>headroom: --budget takes a whole number from 1</source>
        <translation>headroom: --budget admite un número entero a partir de 1</translation>
    </message>
    <message>
        <source>headroom: unknown import kind in &apos;%1&apos;</source>
        <translation>headroom: tipo de import desconocido en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>La carpeta del proyecto.</translation>
    </message>
    <message>
        <source>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</source>
        <translation>headroom: %1 admite una sola carpeta; consulte &apos;headroom %1 --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Analyse a Python project and write its import graph with every metric.</source>
        <translation>Analiza un proyecto Python y escribe su grafo de imports con todas las métricas.</translation>
    </message>
    <message>
        <source>Output format: json or dot.</source>
        <translation>Formato de salida: json o dot.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en FILE en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Do not list problems on standard error.</source>
        <translation>No listar los problemas en la salida de error estándar.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (json or dot)</source>
        <translation>headroom: formato desconocido &apos;%1&apos; (json o dot)</translation>
    </message>
    <message>
        <source>Print what a design reviewer reads first.</source>
        <translation>Muestra lo que un revisor de diseño lee primero.</translation>
    </message>
    <message>
        <source>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</source>
        <translation>Termina con un código distinto de cero si falla una regla: ciclos de imports, profundidad, contratos de import-linter incumplidos, hallazgos del presupuesto cognitivo. Las reglas vienen de [tool.headroom.check] en pyproject.toml y de estas opciones.</translation>
    </message>
    <message>
        <source>Import cycles allowed (default 0; -1: any).</source>
        <translation>Ciclos de imports permitidos (0 por defecto; -1: sin límite).</translation>
    </message>
    <message>
        <source>Levels allowed (default 0: the budget&apos;s depth; -1: any).</source>
        <translation>Niveles permitidos (0 por defecto: la profundidad del presupuesto; -1: sin límite).</translation>
    </message>
    <message>
        <source>Head budget findings allowed (default: any).</source>
        <translation>Hallazgos del presupuesto cognitivo permitidos (por defecto: sin límite).</translation>
    </message>
    <message>
        <source>Do not fail on import-linter contracts.</source>
        <translation>No fallar por los contratos de import-linter.</translation>
    </message>
    <message>
        <source>headroom: --%1 takes a whole number (-1 for any)</source>
        <translation>headroom: --%1 admite un número entero (-1 para sin límite)</translation>
    </message>
    <message>
        <source>Write an SVG report of a Python project.</source>
        <translation>Escribe un informe SVG de un proyecto Python.</translation>
    </message>
    <message>
        <source>The SVG file to write.</source>
        <translation>El archivo SVG que escribir.</translation>
    </message>
    <message>
        <source>headroom: report takes one folder; see &apos;headroom report --help&apos;</source>
        <translation>headroom: report admite una sola carpeta; consulte &apos;headroom report --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot draw the report: %1</source>
        <translation>headroom: no se puede dibujar el informe: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2</source>
        <translation>Informe de %1 escrito en %2</translation>
    </message>
    <message>
        <source>Graph level: module or package (analyze also: function or class).</source>
        <translation>Granularidad del grafo: module o package (con analyze también: function o class).</translation>
    </message>
    <message>
        <source>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</source>
        <translation>Omitir los archivos Python mayores que esto, como 5M u 800k (por omisión 5M, o max_file_bytes en pyproject.toml).</translation>
    </message>
    <message>
        <source>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</source>
        <translation>headroom: --max-file-size espera un tamaño menor que 4G, como 5M, 800k o un número de bytes</translation>
    </message>
    <message>
        <source>headroom: error: %1</source>
        <translation>headroom: error: %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: aviso: %1</translation>
    </message>
    <message>
        <source>headroom: cannot write to standard output: %1</source>
        <translation>headroom: no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Report format: text, sarif (code scanning) or junit (CI test reports).</source>
        <translation>Formato del informe: text, sarif (escaneo de código) o junit (informes de pruebas de CI).</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</source>
        <translation>headroom: formato desconocido &apos;%1&apos; (text, sarif o junit)</translation>
    </message>
    <message>
        <source>headroom: %1 is not in a git repository, so it has no revision %2</source>
        <translation>headroom: %1 no está en ningún repositorio git, así que no tiene la revisión %2</translation>
    </message>
    <message>
        <source>headroom: the repository of %1 has no revision %2 (%3)</source>
        <translation>headroom: el repositorio de %1 no tiene la revisión %2 (%3)</translation>
    </message>
    <message>
        <source>headroom: %1 did not exist at revision %2</source>
        <translation>headroom: %1 no existía en la revisión %2</translation>
    </message>
    <message>
        <source>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</source>
        <translation>Analizar el proyecto tal como lo contiene la revisión git REV (un commit, etiqueta, rama o cualquier expresión de revisión), leído del repositorio: no se extrae nada.</translation>
    </message>
    <message>
        <source>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>headroom: --rev espera una revisión, como HEAD~1, v2.0 o un identificador de commit</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</source>
        <translation>Fallar solo por lo que es nuevo o peor que en FILE, un JSON escrito antes por &apos;headroom analyze&apos;.</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than at git revision REV.</source>
        <translation>Fallar solo por lo que es nuevo o peor que en la revisión git REV.</translation>
    </message>
    <message>
        <source>headroom: give --baseline or --baseline-rev, not both</source>
        <translation>headroom: indique --baseline o --baseline-rev, no ambos</translation>
    </message>
    <message>
        <source>headroom: the baseline %1 was written at another level than this check&apos;s</source>
        <translation>headroom: la referencia %1 se escribió en otro nivel que el de esta comprobación</translation>
    </message>
    <message>
        <source>headroom: cannot read the baseline %1: %2</source>
        <translation>headroom: no se puede leer la referencia %1: %2</translation>
    </message>
    <message>
        <source>Baseline: %1. What it had is marked (known) and does not fail.</source>
        <translation>Referencia: %1. Lo que ya contenía se marca (conocido) y no hace fallar.</translation>
    </message>
    <message>
        <source>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</source>
        <translation>Comparar dos estados de un proyecto: importaciones y módulos añadidos y eliminados, ciclos nuevos, ampliados y rotos, niveles, hallazgos del presupuesto y violaciones de contratos.</translation>
    </message>
    <message>
        <source>The earlier state: a git revision.</source>
        <translation>El estado anterior: una revisión git.</translation>
    </message>
    <message>
        <source>The later state: a git revision (default: the work tree as it is).</source>
        <translation>El estado posterior: una revisión git (por defecto: el árbol de trabajo tal como está).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Formato de salida: text o json.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text or json)</source>
        <translation>headroom: formato desconocido &apos;%1&apos; (text o json)</translation>
    </message>
    <message>
        <source>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</source>
        <translation>headroom: diff compara --from REV con --to REV o el árbol de trabajo; vea &apos;headroom diff --help&apos;</translation>
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
        <translation>Uso: headroom [CARPETA]            abre la ventana con un proyecto
     headroom analyze CARPETA ...  escribe el grafo de imports y las métricas como JSON o DOT
     headroom summary CARPETA ...  muestra lo que un revisor de diseño lee primero
     headroom check CARPETA ...    falla si fallan los ciclos, la profundidad, los contratos o el presupuesto
        headroom diff CARPETA --from REV ...  lo que un cambio hizo a la estructura
     headroom export CARPETA ...   escribe el grafo, la matriz o el treemap como SVG, PNG, PDF o DOT
     headroom report CARPETA ...   escribe un informe SVG
Ejecute &apos;headroom COMANDO --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>headroom: warning: churn not counted: %1</source>
        <translation>headroom: aviso: churn no contado: %1</translation>
    </message>
    <message>
        <source>headroom: warning: extracted facts not cached: %1</source>
        <translation>headroom: aviso: hechos extraídos no guardados en caché: %1</translation>
    </message>
    <message>
        <source>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</source>
        <translation>Contar los commits que tocaron cada archivo en los últimos DAYS días (git, primeros padres): las métricas churn y hotspot (churn por complejidad).</translation>
    </message>
    <message>
        <source>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</source>
        <translation>Analizar cada archivo sin leer ni escribir la caché de hechos extraídos ($XDG_CACHE_HOME/headroom).</translation>
    </message>
    <message>
        <source>headroom: --churn takes a number of days from 1</source>
        <translation>headroom: --churn espera un número de días a partir de 1</translation>
    </message>
    <message numerus="yes">
        <source>headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of memory, and %3 MB are available.</source>
        <translation>
            <numerusform>headroom: analizar %n archivo Python (%1 MB) necesitaría unos %2 MB de memoria, y hay %3 MB disponibles.</numerusform>
            <numerusform>headroom: analizar %n archivos Python (%1 MB) necesitaría unos %2 MB de memoria, y hay %3 MB disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</source>
        <translation>Analice una parte del proyecto (una subcarpeta) o fije el límite con --memory MB.</translation>
    </message>
    <message>
        <source>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</source>
        <translation>El nivel de paquetes necesita unos %1 MB: headroom analyze --level package --depth 2. O analice una parte del proyecto, o fije el límite con --memory MB.</translation>
    </message>
    <message>
        <source>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</source>
        <translation>Detenerse antes de analizar si el análisis necesitaría más de MB megabytes (por defecto: la memoria disponible; 0: no comprobar).</translation>
    </message>
    <message>
        <source>headroom: --memory takes a number of megabytes, or 0</source>
        <translation>headroom: --memory espera un número de megabytes, o 0</translation>
    </message>
    <message>
        <source>headroom: cannot load the window and the drawing commands: %1</source>
        <translation>headroom: no se pueden cargar la ventana y las órdenes de dibujo: %1</translation>
    </message>
    <message>
        <source>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</source>
        <translation>Dejar fuera los archivos y carpetas que coinciden con este patrón de ruta, relativo a la carpeta del proyecto (como pip/_vendor, migrations o *_pb2.py); se puede repetir. Se suma a exclude de pyproject.toml.</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>cannot be read; skipped</source>
        <translation>no se puede leer; omitido</translation>
    </message>
    <message>
        <source>cannot be read (%1); skipped</source>
        <translation>no se puede leer (%1); omitido</translation>
    </message>
    <message>
        <source>disappeared before it could be read; skipped</source>
        <translation>desapareció antes de poder leerse; omitido</translation>
    </message>
    <message>
        <source>holds NUL bytes, so it is not Python source; skipped</source>
        <translation>contiene bytes NUL, así que no es código fuente Python; omitido</translation>
    </message>
    <message>
        <source>is not valid UTF-8; analysed anyway, some names may be garbled</source>
        <translation>no es UTF-8 válido; se analizó de todos modos, algunos nombres pueden salir corruptos</translation>
    </message>
    <message>
        <source>is too large to analyse (%1 bytes); skipped</source>
        <translation>es demasiado grande para analizarlo (%1 bytes); omitido</translation>
    </message>
    <message>
        <source>has a syntax error; what could be recovered was analysed</source>
        <translation>tiene un error de sintaxis; se analizó lo que se pudo recuperar</translation>
    </message>
    <message>
        <source>took too long to parse; skipped</source>
        <translation>el análisis sintáctico tardó demasiado; omitido</translation>
    </message>
    <message>
        <source>imports %1, which is not a module of this project</source>
        <translation>importa %1, que no es un módulo de este proyecto</translation>
    </message>
    <message>
        <source>names the same module as %1; that file is ignored</source>
        <translation>corresponde al mismo módulo que %1; este archivo se ignora</translation>
    </message>
    <message>
        <source>could not be read as configuration (%1)</source>
        <translation>no se pudo leer como configuración (%1)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>a print statement</source>
        <translation>una sentencia print</translation>
    </message>
    <message>
        <source>an exec statement</source>
        <translation>una sentencia exec</translation>
    </message>
    <message>
        <source>backticks</source>
        <translation>comillas invertidas</translation>
    </message>
    <message>
        <source>except with a comma</source>
        <translation>except con una coma</translation>
    </message>
    <message>
        <source>raise with a comma</source>
        <translation>raise con una coma</translation>
    </message>
    <message>
        <source>the &lt;&gt; operator</source>
        <translation>el operador &lt;&gt;</translation>
    </message>
    <message>
        <source>an octal number without 0o</source>
        <translation>un número octal sin 0o</translation>
    </message>
    <message>
        <source>a long integer</source>
        <translation>un entero long</translation>
    </message>
    <message>
        <source>a ur string</source>
        <translation>una cadena ur</translation>
    </message>
    <message>
        <source>is %1, over the size limit of %2 (max_file_bytes); skipped</source>
        <translation>ocupa %1, por encima del límite de %2 (max_file_bytes); omitido</translation>
    </message>
    <message>
        <source>looks like Python 2 (%1); what could be recovered was analysed</source>
        <translation>parece Python 2 (%1); se analizó lo que pudo recuperarse</translation>
    </message>
    <message>
        <source>is a symbolic link to a place read already; not followed</source>
        <translation>es un enlace simbólico a un lugar ya leído; no se sigue</translation>
    </message>
    <message>
        <source>is a symbolic link that leaves the project (to %1); not followed</source>
        <translation>es un enlace simbólico que sale del proyecto (a %1); no se sigue</translation>
    </message>
    <message>
        <source>is a symbolic link in a loop of links; skipped</source>
        <translation>es un enlace simbólico en un bucle de enlaces; omitido</translation>
    </message>
    <message>
        <source>is a symbolic link to nothing (%1); skipped</source>
        <translation>es un enlace simbólico a nada (%1); omitido</translation>
    </message>
    <message>
        <source>is a folder named like a Python file, which no import can reach; skipped with all it holds</source>
        <translation>es una carpeta con nombre de archivo Python, que ningún import puede alcanzar; omitida con todo su contenido</translation>
    </message>
    <message>
        <source>is a named pipe, not a file; skipped</source>
        <translation>es una tubería con nombre, no un archivo; omitido</translation>
    </message>
    <message>
        <source>is a socket, not a file; skipped</source>
        <translation>es un socket, no un archivo; omitido</translation>
    </message>
    <message>
        <source>is a device, not a file; skipped</source>
        <translation>es un dispositivo, no un archivo; omitido</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8 (%1); skipped</source>
        <translation>tiene un nombre que no es UTF-8 válido (%1); omitido</translation>
    </message>
    <message numerus="yes">
        <source> (%n more left out by exclude)</source>
        <translation>
            <numerusform> (%n más dejado fuera por exclude)</numerusform>
            <numerusform> (%n más dejados fuera por exclude)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <source> (was %1)</source>
        <translation> (antes: %1)</translation>
    </message>
    <message>
        <source>: %1, budget %2</source>
        <translation>: %1, presupuesto %2</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>el árbol de trabajo</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>to   %1</source>
        <translation>a  %1</translation>
    </message>
    <message>
        <source>No change to the structure.</source>
        <translation>Ningún cambio en la estructura.</translation>
    </message>
    <message>
        <source>Modules: %1 added, %2 removed</source>
        <translation>Módulos: %1 añadidos, %2 eliminados</translation>
    </message>
    <message>
        <source>Imports: %1 added, %2 removed</source>
        <translation>Importaciones: %1 añadidas, %2 eliminadas</translation>
    </message>
    <message>
        <source>Depth: %1 levels, now %2</source>
        <translation>Profundidad: %1 niveles, ahora %2</translation>
    </message>
    <message>
        <source>New cycles: %1</source>
        <translation>Ciclos nuevos: %1</translation>
    </message>
    <message>
        <source>Grown cycles: %1</source>
        <translation>Ciclos ampliados: %1</translation>
    </message>
    <message>
        <source>Broken cycles: %1</source>
        <translation>Ciclos rotos: %1</translation>
    </message>
    <message>
        <source>Levels changed: %1</source>
        <translation>Niveles cambiados: %1</translation>
    </message>
    <message>
        <source>Over the head budget: %1 added, %2 gone</source>
        <translation>Sobre el presupuesto: %1 añadidos, %2 desaparecidos</translation>
    </message>
    <message>
        <source>Contracts: %1 new violations, %2 fixed</source>
        <translation>Contratos: %1 violaciones nuevas, %2 corregidas</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>headroom: export needs a QApplication (pictures are graphics scenes)</source>
        <translation>headroom: export necesita una QApplication (las imágenes son escenas gráficas)</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: aviso: %1</translation>
    </message>
    <message>
        <source>headroom: cannot draw the picture: %1</source>
        <translation>headroom: no se puede dibujar la imagen: %1</translation>
    </message>
    <message>
        <source>Write a picture of a Python project&apos;s imports.</source>
        <translation>Escribe una imagen de los imports de un proyecto Python.</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>La carpeta del proyecto.</translation>
    </message>
    <message>
        <source>graph, matrix or treemap.</source>
        <translation>graph, matrix o treemap.</translation>
    </message>
    <message>
        <source>What colours the nodes: %1.</source>
        <translation>Qué colorea los nodos: %1.</translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Profundidad de paquetes: componentes del nombre con puntos que se conservan (1 por defecto).</translation>
    </message>
    <message>
        <source>Show only this module and its neighbourhood.</source>
        <translation>Mostrar solo este módulo y su entorno.</translation>
    </message>
    <message>
        <source>Imports away from the focus that are shown (default 1).</source>
        <translation>Distancia al foco, en imports, hasta la que se muestra (1 por defecto).</translation>
    </message>
    <message>
        <source>slide, a4 or natural.</source>
        <translation>slide, a4 o natural.</translation>
    </message>
    <message>
        <source>PNG pixels per picture pixel (default 1).</source>
        <translation>Píxeles PNG por píxel de la imagen (1 por defecto).</translation>
    </message>
    <message>
        <source>The file to write: .svg, .png, .pdf or .dot.</source>
        <translation>El archivo que escribir: .svg, .png, .pdf o .dot.</translation>
    </message>
    <message>
        <source>export takes one folder; see &apos;headroom export --help&apos;</source>
        <translation>export admite una sola carpeta; consulte &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (graph, matrix or treemap)</source>
        <translation>vista desconocida &apos;%1&apos; (graph, matrix o treemap)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</source>
        <translation>métrica desconocida &apos;%1&apos;; consulte &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>--depth takes a whole number from 1</source>
        <translation>--depth admite un número entero a partir de 1</translation>
    </message>
    <message>
        <source>--hops takes a whole number from 0</source>
        <translation>--hops admite un número entero a partir de 0</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slide, a4 or natural)</source>
        <translation>ajuste predefinido desconocido &apos;%1&apos; (slide, a4 o natural)</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale admite un número de 0.1 a 8</translation>
    </message>
    <message>
        <source>say where to write the picture with -o FILE</source>
        <translation>indique dónde escribir la imagen con -o FILE</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</source>
        <translation>no se puede deducir el formato de %1: termine el nombre en .svg, .png, .pdf o .dot</translation>
    </message>
    <message>
        <source>only the graph view can be written as DOT</source>
        <translation>solo la vista de grafo se puede escribir como DOT</translation>
    </message>
    <message>
        <source>--focus applies to the graph view only</source>
        <translation>--focus solo se aplica a la vista de grafo</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>módulos</translation>
    </message>
    <message>
        <source>packages, depth %1</source>
        <translation>paquetes, profundidad %1</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Matriz de dependencias</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Grafo de imports</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>, around %1 (%n import(s) away)</source>
        <translation>
            <numerusform>, alrededor de %1 (hasta %n import de distancia)</numerusform>
            <numerusform>, alrededor de %1 (hasta %n imports de distancia)</numerusform>
        </translation>
    </message>
    <message>
        <source>structure (packages opened until about 40 boxes show; the default), module or package.</source>
        <translation>structure (se abren paquetes hasta que se ven unas 40 cajas; por defecto), module o package.</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (structure, module or package)</source>
        <translation>granularidad desconocida &apos;%1&apos; (structure, module o package)</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>estructura</translation>
    </message>
    <message>
        <source>%1 is not a module of %2</source>
        <translation>%1 no es un módulo de %2</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>no se puede disponer el grafo: %1</translation>
    </message>
    <message>
        <source>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</source>
        <translation>%1 nodos coloreados por %2, los imports apuntan hacia abajo, hacia la base, y los que cortar, hacia arriba</translation>
    </message>
    <message>
        <source>cannot draw the %1 view</source>
        <translation>no se puede dibujar la vista %1</translation>
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
        <translation>headroom: la %1 no se puede dibujar de forma legible en esta página (etiquetas a %2 pt): se dibuja en su lugar el mapa de estructura que cabe</translation>
    </message>
    <message>
        <source>module level</source>
        <translation>vista por módulos</translation>
    </message>
    <message>
        <source>package level %1</source>
        <translation>vista por paquetes de profundidad %1</translation>
    </message>
    <message>
        <source>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</source>
        <translation>Dibuja lo que cambió desde la revisión git REV: módulos e imports añadidos marcados, los eliminados como fantasmas, ciclos nuevos resaltados.</translation>
    </message>
    <message>
        <source>--since takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>--since espera una revisión, como HEAD~1, v2.0 o un id de commit</translation>
    </message>
    <message>
        <source>--since applies to the graph view only</source>
        <translation>--since solo se aplica a la vista de grafo</translation>
    </message>
    <message>
        <source>Changes since %1 · %2</source>
        <translation>Cambios desde %1 · %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 · %3</source>
        <translation>Cambios de %1 a %2 · %3</translation>
    </message>
    <message>
        <source>headroom: %1 is not a module of %2</source>
        <translation>headroom: %1 no es un módulo de %2</translation>
    </message>
    <message>
        <source>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</source>
        <translation>headroom: %1 está dentro de %2 en la profundidad %3: se dibuja la profundidad %4, donde es una caja propia</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>package members</source>
        <translation>miembros del paquete</translation>
    </message>
    <message>
        <source>top-level definitions</source>
        <translation>definiciones de nivel superior</translation>
    </message>
    <message>
        <source>imported project modules</source>
        <translation>módulos del proyecto importados</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>métodos</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveles</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>Tamaño del paquete</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Tamaño del módulo</translation>
    </message>
    <message>
        <source>Fan-out</source>
        <translation>Fan-out</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>Tamaño de la clase</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
</context>
<context>
    <name>GitApi</name>
    <message>
        <source>%1 cannot be loaded</source>
        <translation>no se puede cargar %1</translation>
    </message>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 no tiene la función %2</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>no se pudo inicializar %1</translation>
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
        <translation>Color: %1</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Color: %1 (%2)</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← mejor</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← peor</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>peor →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>mejor →</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>type-checking only</source>
        <translation>solo para comprobación de tipos</translation>
    </message>
    <message>
        <source>module in a cycle</source>
        <translation>módulo en un ciclo</translation>
    </message>
    <message>
        <source>width: 1, 10, 100 import sites</source>
        <translation>grosor: 1, 10, 100 puntos de import</translation>
    </message>
    <message>
        <source>(12)</source>
        <translation>(12)</translation>
    </message>
    <message>
        <source>a package of 12 modules</source>
        <translation>un paquete de 12 módulos</translation>
    </message>
    <message>
        <source>in a cycle: points down, like any import</source>
        <translation>en un ciclo: apunta hacia abajo, como cualquier import</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every cycle</source>
        <translation>cortar aquí: apunta hacia arriba; cortarlos rompe todos los ciclos</translation>
    </message>
    <message>
        <source>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</source>
        <translation>Cajas: las funciones y métodos (o clases) del módulo, nombrados sin el módulo, y lo que llaman o lo que los llama, con su nombre completo. Una caja está por encima de lo que llama.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>in a recursion: points down, like any call</source>
        <translation>en una recursión: apunta hacia abajo, como cualquier llamada</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every recursion</source>
        <translation>cortar aquí: apunta hacia arriba; cortarlas rompe todas las recursiones</translation>
    </message>
    <message>
        <source>function in a recursion</source>
        <translation>función en una recursión</translation>
    </message>
    <message>
        <source>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</source>
        <translation>un paquete abierto: sus módulos dentro, en capas propias; haga doble clic en un nombre para abrirlo o cerrarlo</translation>
    </message>
    <message>
        <source>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</source>
        <translation>Se omiten los imports que un camino de imports más largo ya implica; Ver &gt; Mostrar todos los imports los dibuja todos.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Cambios desde %1</translation>
    </message>
    <message>
        <source>added module or package (+)</source>
        <translation>módulo o paquete añadido (+)</translation>
    </message>
    <message>
        <source>removed: a ghost where it was (−)</source>
        <translation>eliminado: un fantasma donde estaba (−)</translation>
    </message>
    <message>
        <source>in a new or grown cycle</source>
        <translation>en un ciclo nuevo o ampliado</translation>
    </message>
    <message>
        <source>import added (+)</source>
        <translation>import añadido (+)</translation>
    </message>
    <message>
        <source>import removed (−)</source>
        <translation>import eliminado (−)</translation>
    </message>
    <message>
        <source>import of a new or grown cycle</source>
        <translation>import de un ciclo nuevo o ampliado</translation>
    </message>
    <message>
        <source>modules added and removed inside a package</source>
        <translation>módulos añadidos y eliminados dentro de un paquete</translation>
    </message>
    <message>
        <source>+2 −1</source>
        <translation>+2 −1</translation>
    </message>
    <message>
        <source>too small to show one by one</source>
        <translation>demasiado pequeños para mostrarlos uno a uno</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Matriz de dependencias</translation>
    </message>
    <message>
        <source>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</source>
        <translation>Cada fila y columna es un paquete. Una fila importa las columnas donde sus celdas están rellenas; una celda suma los puntos de importación de los módulos de los paquetes.</translation>
    </message>
    <message>
        <source>A row&apos;s module imports the columns where its cells are filled.</source>
        <translation>El módulo de una fila importa las columnas donde sus celdas están rellenas.</translation>
    </message>
    <message>
        <source>Highest level first: imports that follow the layering lie right of the diagonal.</source>
        <translation>Primero el nivel más alto: las importaciones que siguen las capas quedan a la derecha de la diagonal.</translation>
    </message>
    <message>
        <source>import sites in a cell</source>
        <translation>puntos de importación en una celda</translation>
    </message>
    <message>
        <source>left of the diagonal: against the layering, whatever its count</source>
        <translation>a la izquierda de la diagonal: contra las capas, sea cual sea su número</translation>
    </message>
    <message>
        <source>modules in one import cycle</source>
        <translation>módulos en un mismo ciclo de importación</translation>
    </message>
    <message>
        <source>packages in one cycle of package imports</source>
        <translation>paquetes en un mismo ciclo de importaciones entre paquetes</translation>
    </message>
    <message>
        <source>the diagonal: imports inside a package, grey where there are none</source>
        <translation>la diagonal: importaciones dentro de un paquete, gris donde no hay ninguna</translation>
    </message>
    <message>
        <source>the diagonal: a module and itself</source>
        <translation>la diagonal: un módulo consigo mismo</translation>
    </message>
    <message>
        <source>beside a name: its level (0 imports nothing of the project)</source>
        <translation>junto a un nombre: su nivel (0 no importa nada del proyecto)</translation>
    </message>
    <message>
        <source>Colours of the tables</source>
        <translation>Colores de las tablas</translation>
    </message>
    <message>
        <source>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</source>
        <translation>Solo una cifra que merece atención es cálida; las demás se matizan por tamaño. Pase el puntero sobre el título de una columna para ver qué mide.</translation>
    </message>
    <message>
        <source>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</source>
        <translation>Por encima del presupuesto cognitivo o del límite habitual de una métrica (LCOM4 mayor que 1):</translation>
    </message>
    <message>
        <source>just over</source>
        <translation>apenas por encima</translation>
    </message>
    <message>
        <source>furthest over</source>
        <translation>lo más por encima</translation>
    </message>
    <message>
        <source>Other figures, within their column:</source>
        <translation>Otras cifras, dentro de su columna:</translation>
    </message>
    <message>
        <source>least</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>most</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>a package shown as one box: its parts inside, in its colour</source>
        <translation>un paquete mostrado como una sola caja: sus partes dentro, en su color</translation>
    </message>
    <message>
        <source>the focus: what the picture is around</source>
        <translation>el foco: aquello en torno a lo que gira la imagen</translation>
    </message>
</context>
<context>
    <name>MetricChoice</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Module cohesion</source>
        <translation>Cohesión del módulo</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Cohesión relacional</translation>
    </message>
    <message>
        <source>Instability</source>
        <translation>Inestabilidad</translation>
    </message>
    <message>
        <source>Abstractness</source>
        <translation>Abstracción</translation>
    </message>
    <message>
        <source>Distance from the main sequence</source>
        <translation>Distancia a la secuencia principal</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Highest complexity</source>
        <translation>Complejidad máxima</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Sobre el presupuesto</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveles</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>módulos</translation>
    </message>
    <message>
        <source>lines of code</source>
        <translation>líneas de código</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>caminos</translation>
    </message>
    <message>
        <source>items over</source>
        <translation>elementos de más</translation>
    </message>
    <message>
        <source>0 imports nothing of the project; each level imports the one below.</source>
        <translation>0 no importa nada del proyecto; cada nivel importa el de debajo.</translation>
    </message>
    <message>
        <source>Groups of top-level definitions that do not use each other; 1 is cohesive.</source>
        <translation>Grupos de definiciones de nivel superior que no se usan entre sí; 1 es cohesivo.</translation>
    </message>
    <message>
        <source>(imports among members + 1) / members; under 1.5 the members barely relate.</source>
        <translation>(imports entre miembros + 1) / miembros; por debajo de 1,5 los miembros apenas se relacionan.</translation>
    </message>
    <message>
        <source>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</source>
        <translation>Imports / (imports + importadores): en 0 otros dependen de él, en 1 depende de otros.</translation>
    </message>
    <message>
        <source>Abstract classes / classes.</source>
        <translation>Clases abstractas / clases.</translation>
    </message>
    <message>
        <source>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</source>
        <translation>|abstracción + inestabilidad - 1|: 0 es equilibrado, 1 es rígido o inútil.</translation>
    </message>
    <message>
        <source>Project modules that import it.</source>
        <translation>Módulos del proyecto que lo importan.</translation>
    </message>
    <message>
        <source>Project modules it imports.</source>
        <translation>Módulos del proyecto que importa.</translation>
    </message>
    <message>
        <source>Source lines that are not blank or comments.</source>
        <translation>Líneas de código fuente que no están en blanco ni son comentarios.</translation>
    </message>
    <message>
        <source>Cyclomatic complexity of its most complex function.</source>
        <translation>Complejidad ciclomática de su función más compleja.</translation>
    </message>
    <message>
        <source>How far past the head budget it has grown.</source>
        <translation>Cuánto ha crecido por encima del presupuesto cognitivo.</translation>
    </message>
    <message>
        <source>Class cohesion (LCOM4)</source>
        <translation>Cohesión de clases (LCOM4)</translation>
    </message>
    <message>
        <source>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</source>
        <translation>LCOM4 de su clase menos cohesiva: 1 es un todo, 2 o más son partes sin relación en una misma clase (4 o más, todos en el rojo más oscuro).</translation>
    </message>
    <message>
        <source>0 the foundation, high far above it</source>
        <translation>0 la base, alto muy por encima</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more unrelated parts</source>
        <translation>1 cohesivo, 2 o más partes sin relación</translation>
    </message>
    <message>
        <source>low: members barely relate</source>
        <translation>bajo: los miembros apenas se relacionan</translation>
    </message>
    <message>
        <source>0 depended upon, 1 depends on others</source>
        <translation>0 otros dependen de él, 1 depende de otros</translation>
    </message>
    <message>
        <source>0 concrete, 1 abstract</source>
        <translation>0 concreto, 1 abstracto</translation>
    </message>
    <message>
        <source>0 balanced, 1 rigid or useless</source>
        <translation>0 equilibrado, 1 rígido o inútil</translation>
    </message>
    <message>
        <source>high: many modules import it</source>
        <translation>alto: muchos módulos lo importan</translation>
    </message>
    <message>
        <source>high: it imports many modules</source>
        <translation>alto: importa muchos módulos</translation>
    </message>
    <message>
        <source>high: large</source>
        <translation>alto: grande</translation>
    </message>
    <message>
        <source>over %1: hard to test</source>
        <translation>por encima de %1: difícil de probar</translation>
    </message>
    <message>
        <source>0 within the budget, high far over it</source>
        <translation>0 dentro del presupuesto, alto muy por encima</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more a class of unrelated parts</source>
        <translation>1 cohesiva, 2 o más una clase de partes sin relación</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Color: %1 (%2)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Punto caliente</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>commits</translation>
    </message>
    <message>
        <source>commits × paths</source>
        <translation>commits × caminos</translation>
    </message>
    <message>
        <source>Commits that changed its files in the churn window (git, first parents).</source>
        <translation>Commits que cambiaron sus archivos en la ventana de churn (git, primeros padres).</translation>
    </message>
    <message>
        <source>Churn times the summed complexity of its functions: where frequent change meets complicated code.</source>
        <translation>Churn por la complejidad sumada de sus funciones: donde el cambio frecuente se encuentra con código complicado.</translation>
    </message>
    <message>
        <source>high: changed often</source>
        <translation>alto: cambia a menudo</translation>
    </message>
    <message>
        <source>high: complex and changed often</source>
        <translation>alto: complejo y cambia a menudo</translation>
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
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</source>
        <translation>Las etiquetas salen a %1 pt, por debajo de los %2 pt que siguen siendo legibles a este tamaño: la imagen es demasiado grande. Muestre menos (una vista por paquetes o un foco) o use el tamaño natural.</translation>
    </message>
    <message>
        <source>cannot paint the SVG</source>
        <translation>no se puede dibujar el SVG</translation>
    </message>
    <message>
        <source>the image would be too large</source>
        <translation>la imagen sería demasiado grande</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>no se puede codificar el PNG</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>no se puede dibujar el PDF</translation>
    </message>
    <message>
        <source>DOT is written from the graph, not painted</source>
        <translation>el DOT se escribe a partir del grafo, no se dibuja</translation>
    </message>
    <message>
        <source>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</source>
        <translation>La imagen mide %1 x %2 px: muchos visores no pueden abrir una de más de %3 px de lado. Use el ajuste predefinido slide o a4, o muestre menos (una vista por paquetes o un foco).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</source>
        <translation>dibujar necesita una QApplication; sin pantalla, ejecute con QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>%1: import graph, %2 modules, %3 import edges shown</source>
        <translation>%1: grafo de imports, %2 módulos, %3 aristas de import mostradas</translation>
    </message>
    <message numerus="yes">
        <source>Levels from the foundation (level 0) at the bottom upwards; %n level(s) deep.</source>
        <translation>
            <numerusform>Niveles desde la base (nivel 0) abajo hacia arriba; %n nivel de profundidad.</numerusform>
            <numerusform>Niveles desde la base (nivel 0) abajo hacia arriba; %n niveles de profundidad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalk</name>
    <message>
        <source>Depth: %1 levels against a budget of %2</source>
        <translation>Profundidad: %1 niveles frente a un presupuesto de %2</translation>
    </message>
    <message>
        <source>Least cohesive class: %1 holds %2 unrelated parts</source>
        <translation>Clase menos cohesiva: %1 contiene %2 partes sin relación</translation>
    </message>
    <message>
        <source>Every class is cohesive</source>
        <translation>Todas las clases son cohesivas</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget</source>
        <translation>
            <numerusform>%n elemento por encima del presupuesto cognitivo</numerusform>
            <numerusform>%n elementos por encima del presupuesto cognitivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it</source>
        <translation>
            <numerusform>Ciclo %1 de %2, %3 miembros: %4; corte %n import para romperlo</numerusform>
            <numerusform>Ciclo %1 de %2, %3 miembros: %4; corte %n imports para romperlo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Cycle %1 (%n module(s)): </source>
        <translation>
            <numerusform>Ciclo %1 (%n módulo): </numerusform>
            <numerusform>Ciclo %1 (%n módulos): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2 (%3)</source>
        <translation>%1 importa %2 (%3)</translation>
    </message>
    <message>
        <source>  cut to break it: %1</source>
        <translation>  cortar para romperlo: %1</translation>
    </message>
    <message>
        <source>  cut to break it (near-smallest, found by heuristic): %1</source>
        <translation>  cortar para romperlo (casi mínimo, hallado por heurística): %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 tiene %2 %3, %4 por encima del presupuesto de %5</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): kept</source>
        <translation>Contrato «%1» (%2): cumplido</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; (%2): BROKEN by %n import chain(s)</source>
        <translation>
            <numerusform>Contrato «%1» (%2): INCUMPLIDO por %n cadena de imports</numerusform>
            <numerusform>Contrato «%1» (%2): INCUMPLIDO por %n cadenas de imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</source>
        <translation>Contrato «%1»: Headroom no comprueba el tipo «%2»</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): invalid, %3 is missing</source>
        <translation>Contrato «%1» (%2): no válido, falta %3</translation>
    </message>
    <message>
        <source>  %1 must not import %2: %3</source>
        <translation>  %1 no debe importar %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Headroom review of %1: %n file(s)</source>
        <translation>
            <numerusform>Revisión de Headroom de %1: %n archivo</numerusform>
            <numerusform>Revisión de Headroom de %1: %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth: %1 levels (budget %2)</source>
        <translation>Profundidad: %1 niveles (presupuesto %2)</translation>
    </message>
    <message>
        <source>Longest import chain: %1</source>
        <translation>Cadena de imports más larga: %1</translation>
    </message>
    <message>
        <source>No import cycles.</source>
        <translation>No hay ciclos de imports.</translation>
    </message>
    <message numerus="yes">
        <source>%n import cycle(s):</source>
        <translation>
            <numerusform>%n ciclo de imports:</numerusform>
            <numerusform>%n ciclos de imports:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class is cohesive (LCOM4 of 1 or less).</source>
        <translation>Todas las clases son cohesivas (LCOM4 de 1 o menos).</translation>
    </message>
    <message>
        <source>Classes that hold several unrelated parts (LCOM4):</source>
        <translation>Clases que contienen varias partes sin relación (LCOM4):</translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion %4%</source>
        <translation>  %1: %2 partes, %3 métodos, cohesión %4 %</translation>
    </message>
    <message>
        <source>Nothing has grown past the head budget.</source>
        <translation>Nada ha superado el presupuesto cognitivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget:</source>
        <translation>
            <numerusform>%n elemento por encima del presupuesto cognitivo:</numerusform>
            <numerusform>%n elementos por encima del presupuesto cognitivo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import-linter contracts (%1):</source>
        <translation>Contratos de import-linter (%1):</translation>
    </message>
    <message>
        <source>Coupling: average component dependency %1, propagation cost %2%</source>
        <translation>Acoplamiento: dependencia media de componentes %1, coste de propagación %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) above level %1, the budget:</source>
        <translation>
            <numerusform>%n módulo por encima del nivel %1, el presupuesto:</numerusform>
            <numerusform>%n módulos por encima del nivel %1, el presupuesto:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be read as written; defaults stand in for them:</source>
        <translation>
            <numerusform>%n ajuste no pudo leerse tal como está escrito; se usa su valor por omisión:</numerusform>
            <numerusform>%n ajustes no pudieron leerse tal como están escritos; se usan sus valores por omisión:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s), listed on standard error.</source>
        <translation>
            <numerusform>%n problema de archivos, listado en la salida de error.</numerusform>
            <numerusform>%n problemas de archivos, listados en la salida de error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more cycle(s)</source>
        <translation>
            <numerusform>y %n ciclo más</numerusform>
            <numerusform>y %n ciclos más</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</source>
        <translation>  %1: %2 partes, %3 métodos, cohesión n.d. (sin atributos de instancia)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more class(es)</source>
        <translation>
            <numerusform>  y %n clase más</numerusform>
            <numerusform>  y %n clases más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more item(s)</source>
        <translation>
            <numerusform>  y %n elemento más</numerusform>
            <numerusform>  y %n elementos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    and %n more chain(s)</source>
        <translation>
            <numerusform>    y %n cadena más</numerusform>
            <numerusform>    y %n cadenas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it:</source>
        <translation>
            <numerusform>  corte esta %n importación para romperlo:</numerusform>
            <numerusform>  corte estas %n importaciones para romperlo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it (near-smallest, found by heuristic):</source>
        <translation>
            <numerusform>  corte esta %n importación para romperlo (casi la mínima, hallada por heurística):</numerusform>
            <numerusform>  corte estas %n importaciones para romperlo (casi la mínima, hallada por heurística):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of several methods</source>
        <translation>
            <numerusform>%n parte de varios métodos</numerusform>
            <numerusform>%n partes de varios métodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) alone</source>
        <translation>
            <numerusform>%n método solo</numerusform>
            <numerusform>%n métodos solos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStateText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <source>not a Headroom saved view</source>
        <translation>no es una vista guardada de Headroom</translation>
    </message>
    <message>
        <source>saved by a newer Headroom</source>
        <translation>guardada por una versión más reciente de Headroom</translation>
    </message>
    <message>
        <source>unknown import kind in shown_import_kinds</source>
        <translation>tipo de import desconocido en shown_import_kinds</translation>
    </message>
    <message>
        <source>no project folder</source>
        <translation>no hay carpeta de proyecto</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>the file name must end in .svg, .png, .pdf or .dot</source>
        <translation>el nombre del archivo debe terminar en .svg, .png, .pdf o .dot</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Grafo de imports</translation>
    </message>
    <message>
        <source>Dependency structure matrix</source>
        <translation>Matriz de estructura de dependencias</translation>
    </message>
    <message>
        <source>Cohesion treemap</source>
        <translation>Treemap de cohesión</translation>
    </message>
    <message>
        <source>only the graph exports to DOT</source>
        <translation>solo el grafo se exporta a DOT</translation>
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
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so it has no revision %2.</source>
        <translation>%1 no está en un repositorio git, así que no tiene la revisión %2.</translation>
    </message>
    <message>
        <source>The repository of %1 has no revision %2 (%3).</source>
        <translation>El repositorio de %1 no tiene la revisión %2 (%3).</translation>
    </message>
    <message>
        <source>%1 did not exist at revision %2.</source>
        <translation>%1 no existía en la revisión %2.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 holds no Python files to compare with.</source>
        <translation>La revisión %1 de %2 no contiene archivos Python con los que comparar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not JSON.</source>
        <translation>%1 no es JSON.</translation>
    </message>
    <message>
        <source>%1 is not a JSON written by headroom analyze.</source>
        <translation>%1 no es un JSON escrito por headroom analyze.</translation>
    </message>
    <message>
        <source>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</source>
        <translation>%1 describe paquetes (profundidad %2); la ventana compara módulos: escriba la referencia con &apos;headroom analyze CARPETA -o ARCHIVO&apos;.</translation>
    </message>
</context>
<context>
    <name>headroom::CyclesPanel</name>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message numerus="yes">
        <source>cut %n import(s)</source>
        <translation>
            <numerusform>cortar %n import</numerusform>
            <numerusform>cortar %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importa %2</translation>
    </message>
    <message>
        <source>Imports to cut</source>
        <translation>Imports que cortar</translation>
    </message>
    <message>
        <source>Imports to cut (heuristic)</source>
        <translation>Imports que cortar (heurística)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>No import cycles</source>
        <translation>No hay ciclos de imports</translation>
    </message>
    <message>
        <source>Cut the suggested imports (what if)</source>
        <translation>Cortar los imports sugeridos (simulación)</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Cortar este import (simulación)</translation>
    </message>
    <message>
        <source>Module cycles inside it</source>
        <translation>Ciclos de módulos que contiene</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1: %n member(s)</source>
        <translation>
            <numerusform>Ciclo %1: %n miembro</numerusform>
            <numerusform>Ciclo %1: %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or Delete: cut the suggested imports (what if)</source>
        <translation>Clic derecho o Supr: cortar los imports sugeridos (simulación)</translation>
    </message>
    <message numerus="yes">
        <source>%n import statement(s)</source>
        <translation>
            <numerusform>%n sentencia import</numerusform>
            <numerusform>%n sentencias import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::DetailsPanel</name>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Cortar este import (simulación)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message numerus="yes">
        <source>in cycle %1 of %n module(s)</source>
        <translation>
            <numerusform>en el ciclo %1 de %n módulo</numerusform>
            <numerusform>en el ciclo %1 de %n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <source>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</source>
        <translation>Ninguna llamada, instanciación, referencia ni clase base detrás de este import (quizá solo lee valores o reexporta)</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n call(s) or use(s)</source>
        <translation>
            <numerusform>Usado por %n llamada o uso</numerusform>
            <numerusform>Usado por %n llamadas o usos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>instantiation</source>
        <translation>instanciación</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>decorator</source>
        <translation>decorador</translation>
    </message>
    <message>
        <source>base class</source>
        <translation>clase base</translation>
    </message>
    <message>
        <source>use</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Cohesión relacional</translation>
    </message>
    <message>
        <source>Imports of several modules: open the package to see the calls behind each</source>
        <translation>Imports de varios módulos: abra el paquete para ver las llamadas detrás de cada uno</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Detrás de este import</translation>
    </message>
    <message numerus="yes">
        <source>%n module import(s): open the packages to see the calls behind each</source>
        <translation>
            <numerusform>%n import de módulo: abra los paquetes para ver las llamadas detrás de cada uno</numerusform>
            <numerusform>%n imports de módulos: abra los paquetes para ver las llamadas detrás de cada uno</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message numerus="yes">
        <source>package of %n module(s) in this picture (%1)</source>
        <translation>
            <numerusform>paquete de %n módulo en esta imagen (%1)</numerusform>
            <numerusform>paquete de %n módulos en esta imagen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>inside %1 in this picture; figures of the module alone</source>
        <translation>dentro de %1 en esta imagen; cifras solo del módulo</translation>
    </message>
    <message>
        <source>Row in this picture</source>
        <translation>Fila en esta imagen</translation>
    </message>
    <message>
        <source>layer %1 (0 at the bottom)</source>
        <translation>capa %1 (0 abajo)</translation>
    </message>
    <message>
        <source>The row the box sits on: what it imports is below it</source>
        <translation>La fila en la que está la caja: lo que importa está debajo</translation>
    </message>
    <message>
        <source>The calls behind this import are listed once they are resolved</source>
        <translation>Las llamadas detrás de esta importación se listan una vez resueltas</translation>
    </message>
    <message>
        <source>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</source>
        <translation>Elija una caja o una flecha del grafo, una celda de la matriz, una fila de una tabla o de un panel: sus cifras, importaciones e importadores aparecen aquí.</translation>
    </message>
    <message numerus="yes">
        <source>in a module cycle of %n module(s)</source>
        <translation>
            <numerusform>en un ciclo de módulos de %n módulo</numerusform>
            <numerusform>en un ciclo de módulos de %n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>%1 in this picture</source>
        <translation>%1 en esta imagen</translation>
    </message>
    <message>
        <source>Lines of code</source>
        <translation>Líneas de código</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s): %1</source>
        <translation>
            <numerusform>%n método: %1</numerusform>
            <numerusform>%n métodos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sharing %1</source>
        <translation>compartiendo %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>Más partes</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) of several methods</source>
        <translation>
            <numerusform>%n parte más de varios métodos</numerusform>
            <numerusform>%n partes más de varios métodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Solos</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) linked to no other: %1</source>
        <translation>
            <numerusform>%n método sin enlace con ningún otro: %1</numerusform>
            <numerusform>%n métodos sin enlace con ningún otro: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each a part of its own: it calls no other method of the class and shares no attribute with one</source>
        <translation>Cada uno es una parte propia: no llama a ningún otro método de la clase ni comparte atributos con ninguno</translation>
    </message>
    <message>
        <source>Attribute share</source>
        <translation>Proporción de atributos</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The share of the instance attributes a method uses, averaged over its methods</source>
        <translation>La proporción de atributos de instancia que usa un método, promediada sobre sus métodos</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstracta</translation>
    </message>
    <message>
        <source>yes (an ABC or Protocol base, or an abstract method)</source>
        <translation>sí (una base ABC o Protocol, o un método abstracto)</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Por encima del presupuesto</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Usada desde</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules whose code calls, instantiates, references, decorates with or derives from the class or one of its methods</source>
        <translation>Módulos cuyo código llama, instancia, referencia, usa como decorador o hereda de la clase o de uno de sus métodos</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n use(s))</source>
        <translation>
            <numerusform>%1 (%n uso)</numerusform>
            <numerusform>%1 (%n usos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message numerus="yes">
        <source>broken by %n chain(s)</source>
        <translation>
            <numerusform>incumplido por %n cadena</numerusform>
            <numerusform>incumplido por %n cadenas</numerusform>
        </translation>
    </message>
    <message>
        <source>type %1 not checked</source>
        <translation>tipo %1 no comprobado</translation>
    </message>
    <message>
        <source>invalid: %1 missing</source>
        <translation>no válido: falta %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Over the head budget (%1)</source>
        <translation>Por encima del presupuesto cognitivo (%1)</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Import-linter contracts (%1)</source>
        <translation>Contratos de import-linter (%1)</translation>
    </message>
    <message>
        <source>%1 must not import %2</source>
        <translation>%1 no debe importar %2</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importa %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 tiene %2 %3, %4 por encima del presupuesto de %5</translation>
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
        <translation>Nivel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: double-click its name to close it</source>
        <translation>%1: haga doble clic en su nombre para cerrarlo</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Cortar este import (simulación)</translation>
    </message>
    <message>
        <source>Show its sites and calls</source>
        <translation>Mostrar sus puntos y llamadas</translation>
    </message>
    <message>
        <source>Why does %1 import %2?</source>
        <translation>¿Por qué %1 importa %2?</translation>
    </message>
</context>
<context>
    <name>headroom::LegendPanel</name>
    <message>
        <source>No legend for this view.</source>
        <translation>Esta vista no tiene leyenda.</translation>
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
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>&amp;Treemap</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>Ta&amp;blas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>Analizando %1...</translation>
    </message>
    <message>
        <source>Finding Python files...</source>
        <translation>Buscando archivos Python...</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files...</source>
        <translation>Analizando el archivo %1 de %2...</translation>
    </message>
    <message>
        <source>Resolving imports...</source>
        <translation>Resolviendo imports...</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>Calculando las métricas...</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Análisis cancelado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>%1 holds no Python files.</source>
        <translation>%1 no contiene archivos Python.</translation>
    </message>
    <message>
        <source>%1 could not be analysed.</source>
        <translation>No se pudo analizar %1.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Granularidad:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Packages, depth %1</source>
        <translation>Paquetes, profundidad %1</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorear por:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <source>Show only the selected module and its neighbours</source>
        <translation>Mostrar solo el módulo seleccionado y sus vecinos</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>saltos: </translation>
    </message>
    <message>
        <source>Find a module (Ctrl+F)</source>
        <translation>Buscar un módulo (Ctrl+F)</translation>
    </message>
    <message>
        <source>No module named %1.</source>
        <translation>No hay ningún módulo llamado %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Abrir carpeta...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Carpetas &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Save View...</source>
        <translation>&amp;Guardar vista...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Guardar la vista</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json)</source>
        <translation>Vistas de Headroom (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>No se puede guardar la vista</translation>
    </message>
    <message>
        <source>Open &amp;View...</source>
        <translation>Abrir &amp;vista...</translation>
    </message>
    <message>
        <source>Open a saved view</source>
        <translation>Abrir una vista guardada</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json *.json)</source>
        <translation>Vistas de Headroom (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the view</source>
        <translation>No se puede abrir la vista</translation>
    </message>
    <message>
        <source>&amp;Export Picture...</source>
        <translation>&amp;Exportar imagen...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Hide &amp;Type-Checking Imports</source>
        <translation>Ocultar imports de comprobación de &amp;tipos</translation>
    </message>
    <message>
        <source>Hide Function-&amp;Local Imports</source>
        <translation>Ocultar imports locales de &amp;función</translation>
    </message>
    <message>
        <source>Hide &amp;Conditional Imports</source>
        <translation>Ocultar imports &amp;condicionales</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Next Review Step</source>
        <translation>Siguiente paso de la revisión</translation>
    </message>
    <message>
        <source>Previous Review Step</source>
        <translation>Paso anterior de la revisión</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>&amp;Reanalizar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Open a Python project</source>
        <translation>Abrir un proyecto Python</translation>
    </message>
    <message>
        <source>%1 - Headroom</source>
        <translation>%1 - Headroom</translation>
    </message>
    <message>
        <source>Remove the import of %1 from %2 (%3)</source>
        <translation>Quitar el import de %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Activate to put this import back</source>
        <translation>Actívelo para restablecer este import</translation>
    </message>
    <message>
        <source>No imports cut. Right-click an import in Details to see what cutting it would do.</source>
        <translation>No hay imports cortados. Haga clic derecho en un import en Detalles para ver qué pasaría al cortarlo.</translation>
    </message>
    <message>
        <source>Layout problem: %1</source>
        <translation>Problema de disposición: %1</translation>
    </message>
    <message>
        <source>Why does A depend on B?</source>
        <translation>¿Por qué A depende de B?</translation>
    </message>
    <message>
        <source>Module A:</source>
        <translation>Módulo A:</translation>
    </message>
    <message>
        <source>Module B:</source>
        <translation>Módulo B:</translation>
    </message>
    <message>
        <source>%1 does not import %2, directly or through other modules.</source>
        <translation>%1 no importa %2, ni directamente ni a través de otros módulos.</translation>
    </message>
    <message>
        <source>there is no picture to export yet</source>
        <translation>todavía no hay ninguna imagen que exportar</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>Exportar la imagen</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;SVG para diapositiva (*.slide.svg);;PDF A4 (*.a4.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</source>
        <translation>Paso %1 de %2: %3 (Av Pág: siguiente, Re Pág: atrás, F11: salir)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: %n archivo</numerusform>
            <numerusform>%1: %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profundidad %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n ciclo</numerusform>
            <numerusform>%n ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over budget</source>
        <translation>
            <numerusform>%n sobre el presupuesto</numerusform>
            <numerusform>%n sobre el presupuesto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes when Headroom starts again.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Headroom.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Select a module to see its classes or functions.</source>
        <translation>Seleccione un módulo para ver sus clases o funciones.</translation>
    </message>
    <message>
        <source>Classes of the selected module</source>
        <translation>Clases del módulo seleccionado</translation>
    </message>
    <message>
        <source>Functions of the selected module</source>
        <translation>Funciones del módulo seleccionado</translation>
    </message>
    <message>
        <source>Resolving calls...</source>
        <translation>Resolviendo llamadas...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Structure (fits the head budget)</source>
        <translation>Estructura (cabe en el presupuesto cognitivo)</translation>
    </message>
    <message>
        <source>Show &amp;Every Import</source>
        <translation>&amp;Mostrar todos los imports</translation>
    </message>
    <message>
        <source>Structure maps draw only the imports that no other path implies; show all</source>
        <translation>Los mapas de estructura solo dibujan los imports que ningún otro camino implica; mostrarlos todos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Undo Cut</source>
        <translation>&amp;Deshacer corte</translation>
    </message>
    <message numerus="yes">
        <source>this picture (%1): depth %2, %n cycle(s)</source>
        <translation>
            <numerusform>esta imagen (%1): profundidad %2, %n ciclo</numerusform>
            <numerusform>esta imagen (%1): profundidad %2, %n ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %2: the shortest import chain, %n import(s)</source>
        <translation>
            <numerusform>%1 depende de %2: la cadena de imports más corta, %n import</numerusform>
            <numerusform>%1 depende de %2: la cadena de imports más corta, %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 importa %2</translation>
    </message>
    <message>
        <source>Find &amp;Module</source>
        <translation>Buscar m&amp;ódulo</translation>
    </message>
    <message>
        <source>&amp;Why Does A Depend on B?...</source>
        <translation>¿&amp;Por qué A depende de B?...</translation>
    </message>
    <message>
        <source>C&amp;lear the What-If Cuts</source>
        <translation>&amp;Limpiar los cortes de prueba</translation>
    </message>
    <message>
        <source>Re&amp;do Cut</source>
        <translation>Re&amp;hacer corte</translation>
    </message>
    <message>
        <source>Re-analyse When &amp;Files Change</source>
        <translation>Reanalizar cuando cambien los &amp;archivos</translation>
    </message>
    <message numerus="yes">
        <source>%1 around %2, %n import(s) away</source>
        <translation>
            <numerusform>%1 alrededor de %2, a %n importación</numerusform>
            <numerusform>%1 alrededor de %2, a %n importaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not import %2 in this picture.</source>
        <translation>%1 no importa %2 en esta imagen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2 through %n module import(s)</source>
        <translation>
            <numerusform>%1 importa %2 mediante %n importación de módulo</numerusform>
            <numerusform>%1 importa %2 mediante %n importaciones de módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Re&amp;vision...</source>
        <translation>Comparar con una re&amp;visión...</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Comparar con una revisión</translation>
    </message>
    <message>
        <source>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</source>
        <translation>Revisión git con la que comparar (HEAD~1, una etiqueta, una rama, un id de commit):</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline File...</source>
        <translation>Comparar con un archivo de &amp;referencia...</translation>
    </message>
    <message>
        <source>Compare with Baseline File</source>
        <translation>Comparar con un archivo de referencia</translation>
    </message>
    <message>
        <source>Analysis JSON (headroom analyze) (*.json);;All files (*)</source>
        <translation>JSON de análisis (headroom analyze) (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Dejar de comparar</translation>
    </message>
    <message>
        <source>Reading revision %1 to compare with...</source>
        <translation>Leyendo la revisión %1 para comparar...</translation>
    </message>
    <message>
        <source>Reading %1 to compare with...</source>
        <translation>Leyendo %1 para comparar...</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</source>
        <translation>%1 es demasiado grande para analizarlo con la memoria disponible en este equipo. Abra una parte (una subcarpeta) o analice sus paquetes en la línea de órdenes: headroom analyze --level package.</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files, under a minute left...</source>
        <translation>Analizando el archivo %1 de %2, queda menos de un minuto...</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %1 of %2 files, about %n minute(s) left...</source>
        <translation>
            <numerusform>Analizando el archivo %1 de %2, queda aproximadamente %n minuto...</numerusform>
            <numerusform>Analizando el archivo %1 de %2, quedan aproximadamente %n minutos...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; resolving calls...</source>
        <translation>%1; resolviendo llamadas...</translation>
    </message>
    <message>
        <source>Classes and functions are drawn once the calls are resolved.</source>
        <translation>Las clases y funciones se dibujan una vez resueltas las llamadas.</translation>
    </message>
    <message numerus="yes">
        <source>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</source>
        <translation>
            <numerusform>; %n caja, ningún paquete en el que plegarla: la pestaña Matriz o un foco la muestra mejor</numerusform>
            <numerusform>; %n cajas, ningún paquete en el que plegarlas: la pestaña Matriz o un foco las muestra mejor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MatrixScene</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>%1 does not import %2</source>
        <translation>%1 no importa %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2: %n site(s)</source>
        <translation>
            <numerusform>%1 importa %2: %n punto</numerusform>
            <numerusform>%1 importa %2: %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the layering (a cycle)</source>
        <translation>Contra la estratificación (un ciclo)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>(own modules)</source>
        <translation>(módulos propios)</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated: each row and column is a package (%n row(s) for %1 modules); a cell sums the import sites of its packages&apos; modules.</source>
        <translation>
            <numerusform>Agregada: cada fila y columna es un paquete (%n fila para %1 módulos); una celda suma los puntos de import de los módulos de sus paquetes.</numerusform>
            <numerusform>Agregada: cada fila y columna es un paquete (%n filas para %1 módulos); una celda suma los puntos de import de los módulos de sus paquetes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix shows %n package(s) instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</source>
        <translation>
            <numerusform>la matriz muestra %n paquete en lugar de %1 módulos, para que sus celdas y etiquetas sigan siendo legibles en la página (el ajuste predefinido natural muestra todos los módulos)</numerusform>
            <numerusform>la matriz muestra %n paquetes en lugar de %1 módulos, para que sus celdas y etiquetas sigan siendo legibles en la página (el ajuste predefinido natural muestra todos los módulos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summed over the packages&apos; modules: %1 in the row, %2 in the column</source>
        <translation>Suma sobre los módulos de los paquetes: %1 en la fila, %2 en la columna</translation>
    </message>
</context>
<context>
    <name>headroom::MatrixView</name>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MetricsTableModel</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>File and line of its definition.</source>
        <translation>Archivo y línea de su definición.</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Sobre el presupuesto</translation>
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
        <translation>Nivel entre los paquetes de su profundidad, 0 si no importa ninguno de ellos; Ca, Ce e I también se cuentan entre ellos.</translation>
    </message>
    <message>
        <source>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</source>
        <translation>Grupos de métodos que ni se llaman entre sí ni comparten un atributo; 1 es cohesivo.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Dotted name of the package.</source>
        <translation>Nombre con puntos del paquete.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Direct members: its modules and subpackages.</source>
        <translation>Miembros directos: sus módulos y subpaquetes.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Python files in it and below it.</source>
        <translation>Archivos Python que contiene, subcarpetas incluidas.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>Cohesión</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Import cycles among the modules inside it.</source>
        <translation>Ciclos de imports entre los módulos que contiene.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Dotted name; a package stands for its __init__.</source>
        <translation>Nombre con puntos; un paquete representa su __init__.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Source file, relative to the project.</source>
        <translation>Archivo fuente, relativo al proyecto.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>The import cycle it is part of; empty when none.</source>
        <translation>El ciclo de imports del que forma parte; vacío si no hay ninguno.</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Top-level functions and classes.</source>
        <translation>Funciones y clases de nivel superior.</translation>
    </message>
    <message>
        <source>Max CC</source>
        <translation>CC máx.</translation>
    </message>
    <message>
        <source>Mean CC</source>
        <translation>CC media</translation>
    </message>
    <message>
        <source>Mean cyclomatic complexity of its functions.</source>
        <translation>Complejidad ciclomática media de sus funciones.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Module and qualified name of the class.</source>
        <translation>Módulo y nombre calificado de la clase.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Methods defined in it, constructors included.</source>
        <translation>Métodos definidos en ella, constructores incluidos.</translation>
    </message>
    <message>
        <source>LCOM4</source>
        <translation>LCOM4</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstracta</translation>
    </message>
    <message>
        <source>Derives from ABC or Protocol, or has an abstract method.</source>
        <translation>Deriva de ABC o Protocol, o tiene un método abstracto.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Module and qualified name of the function.</source>
        <translation>Módulo y nombre calificado de la función.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method: defined directly in a class.</source>
        <translation>Método: definido directamente en una clase.</translation>
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
        <translation>Definida con async def.</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstracta</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>function</source>
        <translation>función</translation>
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
        <translation>Proporción de los atributos de instancia que usa un método; n.d. para una clase sin atributos de instancia o sin métodos aparte de sus constructores.</translation>
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
        <translation>Punto caliente</translation>
    </message>
</context>
<context>
    <name>headroom::ModuleTreeModel</name>
    <message>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>namespace package</source>
        <translation>paquete de espacio de nombres</translation>
    </message>
    <message>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importado por</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>headroom::SourceView</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>headroom::TablesPane</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Only over budget</source>
        <translation>Solo sobre el presupuesto</translation>
    </message>
    <message>
        <source>Only in cycles</source>
        <translation>Solo en ciclos</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Select a row to see all its figures here.</source>
        <translation>Seleccione una fila para ver aquí todas sus cifras.</translation>
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
        <translation>Paquetes (midiendo...)</translation>
    </message>
    <message>
        <source>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</source>
        <translation>Midiendo cada paquete como una unidad entre los paquetes de su profundidad (nivel, acoplamiento, ciclos)...</translation>
    </message>
</context>
<context>
    <name>headroom::TreemapScene</name>
    <message numerus="yes">
        <source>%n line(s) of code</source>
        <translation>
            <numerusform>%n línea de código</numerusform>
            <numerusform>%n líneas de código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LCOM4: %1 (%n method(s))</source>
        <translation>
            <numerusform>LCOM4: %1 (%n método)</numerusform>
            <numerusform>LCOM4: %1 (%n métodos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</source>
        <translation>Color: módulos por sus partes, clases por LCOM4 (1 cohesivo, 2 o más partes sin relación)</translation>
    </message>
    <message>
        <source>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</source>
        <translation>Color: cohesión de clases (LCOM4), un módulo según su clase menos cohesiva (1 cohesiva, 2 o más una clase de partes sin relación)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more class(es)</source>
        <translation>
            <numerusform>%Ln clase más</numerusform>
            <numerusform>%Ln clases más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more module(s)</source>
        <translation>
            <numerusform>%Ln módulo más</numerusform>
            <numerusform>%Ln módulos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) too small to show one by one</source>
        <translation>
            <numerusform>%Ln clase demasiado pequeña para mostrarla sola</numerusform>
            <numerusform>%Ln clases demasiado pequeñas para mostrarlas una a una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) too small to show one by one</source>
        <translation>
            <numerusform>%Ln módulo demasiado pequeño para mostrarlo solo</numerusform>
            <numerusform>%Ln módulos demasiado pequeños para mostrarlos uno a uno</numerusform>
        </translation>
    </message>
    <message>
        <source>outside classes</source>
        <translation>fuera de clases</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of code outside classes</source>
        <translation>
            <numerusform>%n línea de código fuera de clases</numerusform>
            <numerusform>%n líneas de código fuera de clases</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst class LCOM4: %1</source>
        <translation>Peor clase, LCOM4: %1</translation>
    </message>
    <message>
        <source>A part of %1, which this picture shows as one box</source>
        <translation>Una parte de %1, que esta imagen muestra como una sola caja</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrote screenshots to %1</source>
        <translation>Capturas de pantalla escritas en %1</translation>
    </message>
</context>
</TS>

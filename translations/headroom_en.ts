<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>%1: added</translation>
    </message>
    <message>
        <source>%1: removed (a ghost of the earlier state)</source>
        <translation>%1: removed (a ghost of the earlier state)</translation>
    </message>
    <message>
        <source>%1; in a new or grown cycle</source>
        <translation>%1; in a new or grown cycle</translation>
    </message>
    <message>
        <source>%1 → %2: removed</source>
        <translation>%1 → %2: removed</translation>
    </message>
    <message numerus="yes">
        <source>%n import site(s)</source>
        <translation>
            <numerusform>%n import site</numerusform>
            <numerusform>%n import sites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; added</source>
        <translation>%1; added</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>FAIL depth: %1 levels, %2 allowed</source>
        <translation>FAIL depth: %1 levels, %2 allowed</translation>
    </message>
    <message>
        <source>  longest import chain: %1</source>
        <translation>  longest import chain: %1</translation>
    </message>
    <message>
        <source>ok   depth: %1 levels</source>
        <translation>ok   depth: %1 levels</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n rule failed.</numerusform>
            <numerusform>%n rules failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>All rules pass.</source>
        <translation>All rules pass.</translation>
    </message>
    <message numerus="yes">
        <source>FAIL cycles: %n import cycle(s), %1 allowed</source>
        <translation>
            <numerusform>FAIL cycles: %n import cycle, %1 allowed</numerusform>
            <numerusform>FAIL cycles: %n import cycles, %1 allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   cycles: %n</source>
        <translation>
            <numerusform>ok   cycles: %n</numerusform>
            <numerusform>ok   cycles: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL contracts: %1 of %n broken or invalid</source>
        <translation>
            <numerusform>FAIL contracts: %1 of %n broken or invalid</numerusform>
            <numerusform>FAIL contracts: %1 of %n broken or invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %n kept</source>
        <translation>
            <numerusform>ok   contracts: %n kept</numerusform>
            <numerusform>ok   contracts: %n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL budget: %n item(s) over the head budget, %1 allowed</source>
        <translation>
            <numerusform>FAIL budget: %n item over the head budget, %1 allowed</numerusform>
            <numerusform>FAIL budget: %n items over the head budget, %1 allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   budget: %n item(s) over the head budget</source>
        <translation>
            <numerusform>ok   budget: %n item over the head budget</numerusform>
            <numerusform>ok   budget: %n items over the head budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL configuration: %n setting(s) could not be read as written</source>
        <translation>
            <numerusform>FAIL configuration: %n setting could not be read as written</numerusform>
            <numerusform>FAIL configuration: %n settings could not be read as written</numerusform>
        </translation>
    </message>
    <message>
        <source>Readable configuration</source>
        <translation>Readable configuration</translation>
    </message>
    <message>
        <source>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</source>
        <translation>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</translation>
    </message>
    <message>
        <source>Import cycles</source>
        <translation>Import cycles</translation>
    </message>
    <message>
        <source>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</source>
        <translation>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</translation>
    </message>
    <message>
        <source>Import depth</source>
        <translation>Import depth</translation>
    </message>
    <message>
        <source>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</source>
        <translation>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</translation>
    </message>
    <message>
        <source>Import-linter contracts</source>
        <translation>Import-linter contracts</translation>
    </message>
    <message>
        <source>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</source>
        <translation>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</translation>
    </message>
    <message>
        <source>Head budget</source>
        <translation>Head budget</translation>
    </message>
    <message>
        <source>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</source>
        <translation>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</translation>
    </message>
    <message>
        <source> (known)</source>
        <translation> (known)</translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %1 of %n broken or invalid, as in the baseline</source>
        <translation>
            <numerusform>ok   contracts: %1 of %n broken or invalid, as in the baseline</numerusform>
            <numerusform>ok   contracts: %1 of %n broken or invalid, as in the baseline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>headroom: %1 does not exist</source>
        <translation>headroom: %1 does not exist</translation>
    </message>
    <message>
        <source>headroom: %1 is a file; give the project&apos;s folder</source>
        <translation>headroom: %1 is a file; give the project&apos;s folder</translation>
    </message>
    <message>
        <source>headroom: %1 holds no Python files</source>
        <translation>headroom: %1 holds no Python files</translation>
    </message>
    <message>
        <source>headroom: analysis cancelled</source>
        <translation>headroom: analysis cancelled</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n more problem(s) not shown</source>
        <translation>
            <numerusform>headroom: %n more problem not shown</numerusform>
            <numerusform>headroom: %n more problems not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Package level: dotted components kept (default 1).</translation>
    </message>
    <message>
        <source>Leave out stdlib and third-party modules.</source>
        <translation>Leave out stdlib and third-party modules.</translation>
    </message>
    <message>
        <source>The head budget for every check (default 7, or pyproject.toml).</source>
        <translation>The head budget for every check (default 7, or pyproject.toml).</translation>
    </message>
    <message>
        <source>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</source>
        <translation>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</translation>
    </message>
    <message>
        <source>headroom: --depth takes a whole number from 1</source>
        <translation>headroom: --depth takes a whole number from 1</translation>
    </message>
    <message>
        <source>headroom: unknown level &apos;%1&apos; (module or package)</source>
        <translation>headroom: unknown level &apos;%1&apos; (module or package)</translation>
    </message>
    <message>
        <source>headroom: --budget takes a whole number from 1</source>
        <translation>headroom: --budget takes a whole number from 1</translation>
    </message>
    <message>
        <source>headroom: unknown import kind in &apos;%1&apos;</source>
        <translation>headroom: unknown import kind in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>The project&apos;s folder.</translation>
    </message>
    <message>
        <source>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</source>
        <translation>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Analyse a Python project and write its import graph with every metric.</source>
        <translation>Analyse a Python project and write its import graph with every metric.</translation>
    </message>
    <message>
        <source>Output format: json or dot.</source>
        <translation>Output format: json or dot.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>Do not list problems on standard error.</source>
        <translation>Do not list problems on standard error.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (json or dot)</source>
        <translation>headroom: unknown format &apos;%1&apos; (json or dot)</translation>
    </message>
    <message>
        <source>Print what a design reviewer reads first.</source>
        <translation>Print what a design reviewer reads first.</translation>
    </message>
    <message>
        <source>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</source>
        <translation>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</translation>
    </message>
    <message>
        <source>Import cycles allowed (default 0; -1: any).</source>
        <translation>Import cycles allowed (default 0; -1: any).</translation>
    </message>
    <message>
        <source>Levels allowed (default 0: the budget&apos;s depth; -1: any).</source>
        <translation>Levels allowed (default 0: the budget&apos;s depth; -1: any).</translation>
    </message>
    <message>
        <source>Head budget findings allowed (default: any).</source>
        <translation>Head budget findings allowed (default: any).</translation>
    </message>
    <message>
        <source>Do not fail on import-linter contracts.</source>
        <translation>Do not fail on import-linter contracts.</translation>
    </message>
    <message>
        <source>headroom: --%1 takes a whole number (-1 for any)</source>
        <translation>headroom: --%1 takes a whole number (-1 for any)</translation>
    </message>
    <message>
        <source>Write an SVG report of a Python project.</source>
        <translation>Write an SVG report of a Python project.</translation>
    </message>
    <message>
        <source>The SVG file to write.</source>
        <translation>The SVG file to write.</translation>
    </message>
    <message>
        <source>headroom: report takes one folder; see &apos;headroom report --help&apos;</source>
        <translation>headroom: report takes one folder; see &apos;headroom report --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot draw the report: %1</source>
        <translation>headroom: cannot draw the report: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2</source>
        <translation>Wrote the report of %1 to %2</translation>
    </message>
    <message>
        <source>Graph level: module or package (analyze also: function or class).</source>
        <translation>Graph level: module or package (analyze also: function or class).</translation>
    </message>
    <message>
        <source>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</source>
        <translation>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</translation>
    </message>
    <message>
        <source>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</source>
        <translation>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</translation>
    </message>
    <message>
        <source>headroom: error: %1</source>
        <translation>headroom: error: %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: warning: %1</translation>
    </message>
    <message>
        <source>headroom: cannot write to standard output: %1</source>
        <translation>headroom: cannot write to standard output: %1</translation>
    </message>
    <message>
        <source>Report format: text, sarif (code scanning) or junit (CI test reports).</source>
        <translation>Report format: text, sarif (code scanning) or junit (CI test reports).</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</source>
        <translation>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</translation>
    </message>
    <message>
        <source>headroom: %1 is not in a git repository, so it has no revision %2</source>
        <translation>headroom: %1 is not in a git repository, so it has no revision %2</translation>
    </message>
    <message>
        <source>headroom: the repository of %1 has no revision %2 (%3)</source>
        <translation>headroom: the repository of %1 has no revision %2 (%3)</translation>
    </message>
    <message>
        <source>headroom: %1 did not exist at revision %2</source>
        <translation>headroom: %1 did not exist at revision %2</translation>
    </message>
    <message>
        <source>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</source>
        <translation>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</translation>
    </message>
    <message>
        <source>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</source>
        <translation>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than at git revision REV.</source>
        <translation>Fail only on what is new or worse than at git revision REV.</translation>
    </message>
    <message>
        <source>headroom: give --baseline or --baseline-rev, not both</source>
        <translation>headroom: give --baseline or --baseline-rev, not both</translation>
    </message>
    <message>
        <source>headroom: the baseline %1 was written at another level than this check&apos;s</source>
        <translation>headroom: the baseline %1 was written at another level than this check&apos;s</translation>
    </message>
    <message>
        <source>headroom: cannot read the baseline %1: %2</source>
        <translation>headroom: cannot read the baseline %1: %2</translation>
    </message>
    <message>
        <source>Baseline: %1. What it had is marked (known) and does not fail.</source>
        <translation>Baseline: %1. What it had is marked (known) and does not fail.</translation>
    </message>
    <message>
        <source>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</source>
        <translation>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</translation>
    </message>
    <message>
        <source>The earlier state: a git revision.</source>
        <translation>The earlier state: a git revision.</translation>
    </message>
    <message>
        <source>The later state: a git revision (default: the work tree as it is).</source>
        <translation>The later state: a git revision (default: the work tree as it is).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Output format: text or json.</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text or json)</source>
        <translation>headroom: unknown format &apos;%1&apos; (text or json)</translation>
    </message>
    <message>
        <source>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</source>
        <translation>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</translation>
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
        <translation>Usage: headroom [FOLDER]            open the window on a project
       headroom analyze FOLDER ...  write the import graph and metrics as JSON or DOT
       headroom summary FOLDER ...  print what a design reviewer reads first
       headroom check FOLDER ...    fail when cycles, depth, contracts or budget fail
       headroom diff FOLDER --from REV ...  what a change did to the structure
       headroom export FOLDER ...   write the graph, matrix or treemap as SVG, PNG, PDF or DOT
       headroom report FOLDER ...   write an SVG report
Run &apos;headroom COMMAND --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <source>headroom: warning: churn not counted: %1</source>
        <translation>headroom: warning: churn not counted: %1</translation>
    </message>
    <message>
        <source>headroom: warning: extracted facts not cached: %1</source>
        <translation>headroom: warning: extracted facts not cached: %1</translation>
    </message>
    <message>
        <source>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</source>
        <translation>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</translation>
    </message>
    <message>
        <source>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</source>
        <translation>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</translation>
    </message>
    <message>
        <source>headroom: --churn takes a number of days from 1</source>
        <translation>headroom: --churn takes a number of days from 1</translation>
    </message>
    <message numerus="yes">
        <source>headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of memory, and %3 MB are available.</source>
        <translation>
            <numerusform>headroom: analysing %n Python file (%1 MB) would take about %2 MB of memory, and %3 MB are available.</numerusform>
            <numerusform>headroom: analysing %n Python files (%1 MB) would take about %2 MB of memory, and %3 MB are available.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</source>
        <translation>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</translation>
    </message>
    <message>
        <source>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</source>
        <translation>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</translation>
    </message>
    <message>
        <source>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</source>
        <translation>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</translation>
    </message>
    <message>
        <source>headroom: --memory takes a number of megabytes, or 0</source>
        <translation>headroom: --memory takes a number of megabytes, or 0</translation>
    </message>
    <message>
        <source>headroom: cannot load the window and the drawing commands: %1</source>
        <translation>headroom: cannot load the window and the drawing commands: %1</translation>
    </message>
    <message>
        <source>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</source>
        <translation>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>cannot be read; skipped</source>
        <translation>cannot be read; skipped</translation>
    </message>
    <message>
        <source>cannot be read (%1); skipped</source>
        <translation>cannot be read (%1); skipped</translation>
    </message>
    <message>
        <source>disappeared before it could be read; skipped</source>
        <translation>disappeared before it could be read; skipped</translation>
    </message>
    <message>
        <source>holds NUL bytes, so it is not Python source; skipped</source>
        <translation>holds NUL bytes, so it is not Python source; skipped</translation>
    </message>
    <message>
        <source>is not valid UTF-8; analysed anyway, some names may be garbled</source>
        <translation>is not valid UTF-8; analysed anyway, some names may be garbled</translation>
    </message>
    <message>
        <source>is too large to analyse (%1 bytes); skipped</source>
        <translation>is too large to analyse (%1 bytes); skipped</translation>
    </message>
    <message>
        <source>has a syntax error; what could be recovered was analysed</source>
        <translation>has a syntax error; what could be recovered was analysed</translation>
    </message>
    <message>
        <source>took too long to parse; skipped</source>
        <translation>took too long to parse; skipped</translation>
    </message>
    <message>
        <source>imports %1, which is not a module of this project</source>
        <translation>imports %1, which is not a module of this project</translation>
    </message>
    <message>
        <source>names the same module as %1; that file is ignored</source>
        <translation>names the same module as %1; that file is ignored</translation>
    </message>
    <message>
        <source>could not be read as configuration (%1)</source>
        <translation>could not be read as configuration (%1)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>a print statement</source>
        <translation>a print statement</translation>
    </message>
    <message>
        <source>an exec statement</source>
        <translation>an exec statement</translation>
    </message>
    <message>
        <source>backticks</source>
        <translation>backticks</translation>
    </message>
    <message>
        <source>except with a comma</source>
        <translation>except with a comma</translation>
    </message>
    <message>
        <source>raise with a comma</source>
        <translation>raise with a comma</translation>
    </message>
    <message>
        <source>the &lt;&gt; operator</source>
        <translation>the &lt;&gt; operator</translation>
    </message>
    <message>
        <source>an octal number without 0o</source>
        <translation>an octal number without 0o</translation>
    </message>
    <message>
        <source>a long integer</source>
        <translation>a long integer</translation>
    </message>
    <message>
        <source>a ur string</source>
        <translation>a ur string</translation>
    </message>
    <message>
        <source>is %1, over the size limit of %2 (max_file_bytes); skipped</source>
        <translation>is %1, over the size limit of %2 (max_file_bytes); skipped</translation>
    </message>
    <message>
        <source>looks like Python 2 (%1); what could be recovered was analysed</source>
        <translation>looks like Python 2 (%1); what could be recovered was analysed</translation>
    </message>
    <message>
        <source>is a symbolic link to a place read already; not followed</source>
        <translation>is a symbolic link to a place read already; not followed</translation>
    </message>
    <message>
        <source>is a symbolic link that leaves the project (to %1); not followed</source>
        <translation>is a symbolic link that leaves the project (to %1); not followed</translation>
    </message>
    <message>
        <source>is a symbolic link in a loop of links; skipped</source>
        <translation>is a symbolic link in a loop of links; skipped</translation>
    </message>
    <message>
        <source>is a symbolic link to nothing (%1); skipped</source>
        <translation>is a symbolic link to nothing (%1); skipped</translation>
    </message>
    <message>
        <source>is a folder named like a Python file, which no import can reach; skipped with all it holds</source>
        <translation>is a folder named like a Python file, which no import can reach; skipped with all it holds</translation>
    </message>
    <message>
        <source>is a named pipe, not a file; skipped</source>
        <translation>is a named pipe, not a file; skipped</translation>
    </message>
    <message>
        <source>is a socket, not a file; skipped</source>
        <translation>is a socket, not a file; skipped</translation>
    </message>
    <message>
        <source>is a device, not a file; skipped</source>
        <translation>is a device, not a file; skipped</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8 (%1); skipped</source>
        <translation>has a name that is not valid UTF-8 (%1); skipped</translation>
    </message>
    <message numerus="yes">
        <source> (%n more left out by exclude)</source>
        <translation>
            <numerusform> (%n more left out by exclude)</numerusform>
            <numerusform> (%n more left out by exclude)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <source> (was %1)</source>
        <translation> (was %1)</translation>
    </message>
    <message>
        <source>: %1, budget %2</source>
        <translation>: %1, budget %2</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>the work tree</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>to   %1</source>
        <translation>to   %1</translation>
    </message>
    <message>
        <source>No change to the structure.</source>
        <translation>No change to the structure.</translation>
    </message>
    <message>
        <source>Modules: %1 added, %2 removed</source>
        <translation>Modules: %1 added, %2 removed</translation>
    </message>
    <message>
        <source>Imports: %1 added, %2 removed</source>
        <translation>Imports: %1 added, %2 removed</translation>
    </message>
    <message>
        <source>Depth: %1 levels, now %2</source>
        <translation>Depth: %1 levels, now %2</translation>
    </message>
    <message>
        <source>New cycles: %1</source>
        <translation>New cycles: %1</translation>
    </message>
    <message>
        <source>Grown cycles: %1</source>
        <translation>Grown cycles: %1</translation>
    </message>
    <message>
        <source>Broken cycles: %1</source>
        <translation>Broken cycles: %1</translation>
    </message>
    <message>
        <source>Levels changed: %1</source>
        <translation>Levels changed: %1</translation>
    </message>
    <message>
        <source>Over the head budget: %1 added, %2 gone</source>
        <translation>Over the head budget: %1 added, %2 gone</translation>
    </message>
    <message>
        <source>Contracts: %1 new violations, %2 fixed</source>
        <translation>Contracts: %1 new violations, %2 fixed</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>headroom: export needs a QApplication (pictures are graphics scenes)</source>
        <translation>headroom: export needs a QApplication (pictures are graphics scenes)</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: warning: %1</translation>
    </message>
    <message>
        <source>headroom: cannot draw the picture: %1</source>
        <translation>headroom: cannot draw the picture: %1</translation>
    </message>
    <message>
        <source>Write a picture of a Python project&apos;s imports.</source>
        <translation>Write a picture of a Python project&apos;s imports.</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>The project&apos;s folder.</translation>
    </message>
    <message>
        <source>graph, matrix or treemap.</source>
        <translation>graph, matrix or treemap.</translation>
    </message>
    <message>
        <source>What colours the nodes: %1.</source>
        <translation>What colours the nodes: %1.</translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>Package level: dotted components kept (default 1).</translation>
    </message>
    <message>
        <source>Show only this module and its neighbourhood.</source>
        <translation>Show only this module and its neighbourhood.</translation>
    </message>
    <message>
        <source>Imports away from the focus that are shown (default 1).</source>
        <translation>Imports away from the focus that are shown (default 1).</translation>
    </message>
    <message>
        <source>slide, a4 or natural.</source>
        <translation>slide, a4 or natural.</translation>
    </message>
    <message>
        <source>PNG pixels per picture pixel (default 1).</source>
        <translation>PNG pixels per picture pixel (default 1).</translation>
    </message>
    <message>
        <source>The file to write: .svg, .png, .pdf or .dot.</source>
        <translation>The file to write: .svg, .png, .pdf or .dot.</translation>
    </message>
    <message>
        <source>export takes one folder; see &apos;headroom export --help&apos;</source>
        <translation>export takes one folder; see &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (graph, matrix or treemap)</source>
        <translation>unknown view &apos;%1&apos; (graph, matrix or treemap)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</source>
        <translation>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>--depth takes a whole number from 1</source>
        <translation>--depth takes a whole number from 1</translation>
    </message>
    <message>
        <source>--hops takes a whole number from 0</source>
        <translation>--hops takes a whole number from 0</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slide, a4 or natural)</source>
        <translation>unknown preset &apos;%1&apos; (slide, a4 or natural)</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale takes a number from 0.1 to 8</translation>
    </message>
    <message>
        <source>say where to write the picture with -o FILE</source>
        <translation>say where to write the picture with -o FILE</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</source>
        <translation>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</translation>
    </message>
    <message>
        <source>only the graph view can be written as DOT</source>
        <translation>only the graph view can be written as DOT</translation>
    </message>
    <message>
        <source>--focus applies to the graph view only</source>
        <translation>--focus applies to the graph view only</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>packages, depth %1</source>
        <translation>packages, depth %1</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Dependency matrix</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Import graph</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>, around %1 (%n import(s) away)</source>
        <translation>
            <numerusform>, around %1 (%n import away)</numerusform>
            <numerusform>, around %1 (%n imports away)</numerusform>
        </translation>
    </message>
    <message>
        <source>structure (packages opened until about 40 boxes show; the default), module or package.</source>
        <translation>structure (packages opened until about 40 boxes show; the default), module or package.</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (structure, module or package)</source>
        <translation>unknown level &apos;%1&apos; (structure, module or package)</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>%1 is not a module of %2</source>
        <translation>%1 is not a module of %2</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>cannot lay out the graph: %1</translation>
    </message>
    <message>
        <source>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</source>
        <translation>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</translation>
    </message>
    <message>
        <source>cannot draw the %1 view</source>
        <translation>cannot draw the %1 view</translation>
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
        <translation>headroom: the %1 cannot be drawn legibly on this page (labels at %2 pt): drawing the structure map that fits instead</translation>
    </message>
    <message>
        <source>module level</source>
        <translation>module level</translation>
    </message>
    <message>
        <source>package level %1</source>
        <translation>package level %1</translation>
    </message>
    <message>
        <source>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</source>
        <translation>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</translation>
    </message>
    <message>
        <source>--since takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>--since takes a revision, as HEAD~1, v2.0 or a commit id</translation>
    </message>
    <message>
        <source>--since applies to the graph view only</source>
        <translation>--since applies to the graph view only</translation>
    </message>
    <message>
        <source>Changes since %1 · %2</source>
        <translation>Changes since %1 · %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 · %3</source>
        <translation>Changes from %1 to %2 · %3</translation>
    </message>
    <message>
        <source>headroom: %1 is not a module of %2</source>
        <translation>headroom: %1 is not a module of %2</translation>
    </message>
    <message>
        <source>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</source>
        <translation>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>package members</source>
        <translation>package members</translation>
    </message>
    <message>
        <source>top-level definitions</source>
        <translation>top-level definitions</translation>
    </message>
    <message>
        <source>imported project modules</source>
        <translation>imported project modules</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>methods</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>levels</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>Package size</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Module size</translation>
    </message>
    <message>
        <source>Fan-out</source>
        <translation>Fan-out</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>Class size</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
</context>
<context>
    <name>GitApi</name>
    <message>
        <source>%1 cannot be loaded</source>
        <translation>%1 cannot be loaded</translation>
    </message>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 has no function %2</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>%1 could not be initialised</translation>
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
        <translation>Colour: %1</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Colour: %1 (%2)</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← better</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← worse</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>worse →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>better →</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>type-checking only</source>
        <translation>type-checking only</translation>
    </message>
    <message>
        <source>module in a cycle</source>
        <translation>module in a cycle</translation>
    </message>
    <message>
        <source>width: 1, 10, 100 import sites</source>
        <translation>width: 1, 10, 100 import sites</translation>
    </message>
    <message>
        <source>(12)</source>
        <translation>(12)</translation>
    </message>
    <message>
        <source>a package of 12 modules</source>
        <translation>a package of 12 modules</translation>
    </message>
    <message>
        <source>in a cycle: points down, like any import</source>
        <translation>in a cycle: points down, like any import</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every cycle</source>
        <translation>cut here: points up; cutting these breaks every cycle</translation>
    </message>
    <message>
        <source>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</source>
        <translation>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>in a recursion: points down, like any call</source>
        <translation>in a recursion: points down, like any call</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every recursion</source>
        <translation>cut here: points up; cutting these breaks every recursion</translation>
    </message>
    <message>
        <source>function in a recursion</source>
        <translation>function in a recursion</translation>
    </message>
    <message>
        <source>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</source>
        <translation>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</translation>
    </message>
    <message>
        <source>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</source>
        <translation>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Changes since %1</translation>
    </message>
    <message>
        <source>added module or package (+)</source>
        <translation>added module or package (+)</translation>
    </message>
    <message>
        <source>removed: a ghost where it was (−)</source>
        <translation>removed: a ghost where it was (−)</translation>
    </message>
    <message>
        <source>in a new or grown cycle</source>
        <translation>in a new or grown cycle</translation>
    </message>
    <message>
        <source>import added (+)</source>
        <translation>import added (+)</translation>
    </message>
    <message>
        <source>import removed (−)</source>
        <translation>import removed (−)</translation>
    </message>
    <message>
        <source>import of a new or grown cycle</source>
        <translation>import of a new or grown cycle</translation>
    </message>
    <message>
        <source>modules added and removed inside a package</source>
        <translation>modules added and removed inside a package</translation>
    </message>
    <message>
        <source>+2 −1</source>
        <translation>+2 −1</translation>
    </message>
    <message>
        <source>too small to show one by one</source>
        <translation>too small to show one by one</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>Dependency matrix</translation>
    </message>
    <message>
        <source>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</source>
        <translation>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</translation>
    </message>
    <message>
        <source>A row&apos;s module imports the columns where its cells are filled.</source>
        <translation>A row&apos;s module imports the columns where its cells are filled.</translation>
    </message>
    <message>
        <source>Highest level first: imports that follow the layering lie right of the diagonal.</source>
        <translation>Highest level first: imports that follow the layering lie right of the diagonal.</translation>
    </message>
    <message>
        <source>import sites in a cell</source>
        <translation>import sites in a cell</translation>
    </message>
    <message>
        <source>left of the diagonal: against the layering, whatever its count</source>
        <translation>left of the diagonal: against the layering, whatever its count</translation>
    </message>
    <message>
        <source>modules in one import cycle</source>
        <translation>modules in one import cycle</translation>
    </message>
    <message>
        <source>packages in one cycle of package imports</source>
        <translation>packages in one cycle of package imports</translation>
    </message>
    <message>
        <source>the diagonal: imports inside a package, grey where there are none</source>
        <translation>the diagonal: imports inside a package, grey where there are none</translation>
    </message>
    <message>
        <source>the diagonal: a module and itself</source>
        <translation>the diagonal: a module and itself</translation>
    </message>
    <message>
        <source>beside a name: its level (0 imports nothing of the project)</source>
        <translation>beside a name: its level (0 imports nothing of the project)</translation>
    </message>
    <message>
        <source>Colours of the tables</source>
        <translation>Colours of the tables</translation>
    </message>
    <message>
        <source>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</source>
        <translation>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</translation>
    </message>
    <message>
        <source>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</source>
        <translation>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</translation>
    </message>
    <message>
        <source>just over</source>
        <translation>just over</translation>
    </message>
    <message>
        <source>furthest over</source>
        <translation>furthest over</translation>
    </message>
    <message>
        <source>Other figures, within their column:</source>
        <translation>Other figures, within their column:</translation>
    </message>
    <message>
        <source>least</source>
        <translation>least</translation>
    </message>
    <message>
        <source>most</source>
        <translation>most</translation>
    </message>
    <message>
        <source>a package shown as one box: its parts inside, in its colour</source>
        <translation>a package shown as one box: its parts inside, in its colour</translation>
    </message>
    <message>
        <source>the focus: what the picture is around</source>
        <translation>the focus: what the picture is around</translation>
    </message>
</context>
<context>
    <name>MetricChoice</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Module cohesion</source>
        <translation>Module cohesion</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Relational cohesion</translation>
    </message>
    <message>
        <source>Instability</source>
        <translation>Instability</translation>
    </message>
    <message>
        <source>Abstractness</source>
        <translation>Abstractness</translation>
    </message>
    <message>
        <source>Distance from the main sequence</source>
        <translation>Distance from the main sequence</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Highest complexity</source>
        <translation>Highest complexity</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>levels</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>parts</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <source>lines of code</source>
        <translation>lines of code</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>paths</translation>
    </message>
    <message>
        <source>items over</source>
        <translation>items over</translation>
    </message>
    <message>
        <source>0 imports nothing of the project; each level imports the one below.</source>
        <translation>0 imports nothing of the project; each level imports the one below.</translation>
    </message>
    <message>
        <source>Groups of top-level definitions that do not use each other; 1 is cohesive.</source>
        <translation>Groups of top-level definitions that do not use each other; 1 is cohesive.</translation>
    </message>
    <message>
        <source>(imports among members + 1) / members; under 1.5 the members barely relate.</source>
        <translation>(imports among members + 1) / members; under 1.5 the members barely relate.</translation>
    </message>
    <message>
        <source>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</source>
        <translation>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</translation>
    </message>
    <message>
        <source>Abstract classes / classes.</source>
        <translation>Abstract classes / classes.</translation>
    </message>
    <message>
        <source>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</source>
        <translation>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</translation>
    </message>
    <message>
        <source>Project modules that import it.</source>
        <translation>Project modules that import it.</translation>
    </message>
    <message>
        <source>Project modules it imports.</source>
        <translation>Project modules it imports.</translation>
    </message>
    <message>
        <source>Source lines that are not blank or comments.</source>
        <translation>Source lines that are not blank or comments.</translation>
    </message>
    <message>
        <source>Cyclomatic complexity of its most complex function.</source>
        <translation>Cyclomatic complexity of its most complex function.</translation>
    </message>
    <message>
        <source>How far past the head budget it has grown.</source>
        <translation>How far past the head budget it has grown.</translation>
    </message>
    <message>
        <source>Class cohesion (LCOM4)</source>
        <translation>Class cohesion (LCOM4)</translation>
    </message>
    <message>
        <source>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</source>
        <translation>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</translation>
    </message>
    <message>
        <source>0 the foundation, high far above it</source>
        <translation>0 the foundation, high far above it</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more unrelated parts</source>
        <translation>1 cohesive, 2 or more unrelated parts</translation>
    </message>
    <message>
        <source>low: members barely relate</source>
        <translation>low: members barely relate</translation>
    </message>
    <message>
        <source>0 depended upon, 1 depends on others</source>
        <translation>0 depended upon, 1 depends on others</translation>
    </message>
    <message>
        <source>0 concrete, 1 abstract</source>
        <translation>0 concrete, 1 abstract</translation>
    </message>
    <message>
        <source>0 balanced, 1 rigid or useless</source>
        <translation>0 balanced, 1 rigid or useless</translation>
    </message>
    <message>
        <source>high: many modules import it</source>
        <translation>high: many modules import it</translation>
    </message>
    <message>
        <source>high: it imports many modules</source>
        <translation>high: it imports many modules</translation>
    </message>
    <message>
        <source>high: large</source>
        <translation>high: large</translation>
    </message>
    <message>
        <source>over %1: hard to test</source>
        <translation>over %1: hard to test</translation>
    </message>
    <message>
        <source>0 within the budget, high far over it</source>
        <translation>0 within the budget, high far over it</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more a class of unrelated parts</source>
        <translation>1 cohesive, 2 or more a class of unrelated parts</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>Colour: %1 (%2)</translation>
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
        <translation>commits</translation>
    </message>
    <message>
        <source>commits × paths</source>
        <translation>commits × paths</translation>
    </message>
    <message>
        <source>Commits that changed its files in the churn window (git, first parents).</source>
        <translation>Commits that changed its files in the churn window (git, first parents).</translation>
    </message>
    <message>
        <source>Churn times the summed complexity of its functions: where frequent change meets complicated code.</source>
        <translation>Churn times the summed complexity of its functions: where frequent change meets complicated code.</translation>
    </message>
    <message>
        <source>high: changed often</source>
        <translation>high: changed often</translation>
    </message>
    <message>
        <source>high: complex and changed often</source>
        <translation>high: complex and changed often</translation>
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
        <translation>The picture is empty.</translation>
    </message>
    <message>
        <source>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</source>
        <translation>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</translation>
    </message>
    <message>
        <source>cannot paint the SVG</source>
        <translation>cannot paint the SVG</translation>
    </message>
    <message>
        <source>the image would be too large</source>
        <translation>the image would be too large</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>cannot encode the PNG</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>cannot paint the PDF</translation>
    </message>
    <message>
        <source>DOT is written from the graph, not painted</source>
        <translation>DOT is written from the graph, not painted</translation>
    </message>
    <message>
        <source>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</source>
        <translation>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</source>
        <translation>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</translation>
    </message>
    <message>
        <source>%1: import graph, %2 modules, %3 import edges shown</source>
        <translation>%1: import graph, %2 modules, %3 import edges shown</translation>
    </message>
    <message numerus="yes">
        <source>Levels from the foundation (level 0) at the bottom upwards; %n level(s) deep.</source>
        <translation>
            <numerusform>Levels from the foundation (level 0) at the bottom upwards; %n level deep.</numerusform>
            <numerusform>Levels from the foundation (level 0) at the bottom upwards; %n levels deep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalk</name>
    <message>
        <source>Depth: %1 levels against a budget of %2</source>
        <translation>Depth: %1 levels against a budget of %2</translation>
    </message>
    <message>
        <source>Least cohesive class: %1 holds %2 unrelated parts</source>
        <translation>Least cohesive class: %1 holds %2 unrelated parts</translation>
    </message>
    <message>
        <source>Every class is cohesive</source>
        <translation>Every class is cohesive</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget</source>
        <translation>
            <numerusform>%n item over the head budget</numerusform>
            <numerusform>%n items over the head budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it</source>
        <translation>
            <numerusform>Cycle %1 of %2, %3 members: %4; cut %n import to break it</numerusform>
            <numerusform>Cycle %1 of %2, %3 members: %4; cut %n imports to break it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Cycle %1 (%n module(s)): </source>
        <translation>
            <numerusform>Cycle %1 (%n module): </numerusform>
            <numerusform>Cycle %1 (%n modules): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2 (%3)</source>
        <translation>%1 imports %2 (%3)</translation>
    </message>
    <message>
        <source>  cut to break it: %1</source>
        <translation>  cut to break it: %1</translation>
    </message>
    <message>
        <source>  cut to break it (near-smallest, found by heuristic): %1</source>
        <translation>  cut to break it (near-smallest, found by heuristic): %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 has %2 %3, %4 over the budget of %5</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): kept</source>
        <translation>Contract &quot;%1&quot; (%2): kept</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; (%2): BROKEN by %n import chain(s)</source>
        <translation>
            <numerusform>Contract &quot;%1&quot; (%2): BROKEN by %n import chain</numerusform>
            <numerusform>Contract &quot;%1&quot; (%2): BROKEN by %n import chains</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</source>
        <translation>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): invalid, %3 is missing</source>
        <translation>Contract &quot;%1&quot; (%2): invalid, %3 is missing</translation>
    </message>
    <message>
        <source>  %1 must not import %2: %3</source>
        <translation>  %1 must not import %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Headroom review of %1: %n file(s)</source>
        <translation>
            <numerusform>Headroom review of %1: %n file</numerusform>
            <numerusform>Headroom review of %1: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth: %1 levels (budget %2)</source>
        <translation>Depth: %1 levels (budget %2)</translation>
    </message>
    <message>
        <source>Longest import chain: %1</source>
        <translation>Longest import chain: %1</translation>
    </message>
    <message>
        <source>No import cycles.</source>
        <translation>No import cycles.</translation>
    </message>
    <message numerus="yes">
        <source>%n import cycle(s):</source>
        <translation>
            <numerusform>%n import cycle:</numerusform>
            <numerusform>%n import cycles:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class is cohesive (LCOM4 of 1 or less).</source>
        <translation>Every class is cohesive (LCOM4 of 1 or less).</translation>
    </message>
    <message>
        <source>Classes that hold several unrelated parts (LCOM4):</source>
        <translation>Classes that hold several unrelated parts (LCOM4):</translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion %4%</source>
        <translation>  %1: %2 parts, %3 methods, cohesion %4%</translation>
    </message>
    <message>
        <source>Nothing has grown past the head budget.</source>
        <translation>Nothing has grown past the head budget.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget:</source>
        <translation>
            <numerusform>%n item over the head budget:</numerusform>
            <numerusform>%n items over the head budget:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import-linter contracts (%1):</source>
        <translation>Import-linter contracts (%1):</translation>
    </message>
    <message>
        <source>Coupling: average component dependency %1, propagation cost %2%</source>
        <translation>Coupling: average component dependency %1, propagation cost %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) above level %1, the budget:</source>
        <translation>
            <numerusform>%n module above level %1, the budget:</numerusform>
            <numerusform>%n modules above level %1, the budget:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be read as written; defaults stand in for them:</source>
        <translation>
            <numerusform>%n setting could not be read as written; its default stands in for it:</numerusform>
            <numerusform>%n settings could not be read as written; defaults stand in for them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s), listed on standard error.</source>
        <translation>
            <numerusform>%n file problem, listed on standard error.</numerusform>
            <numerusform>%n file problems, listed on standard error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform>
            <numerusform>, and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more cycle(s)</source>
        <translation>
            <numerusform>and %n more cycle</numerusform>
            <numerusform>and %n more cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</source>
        <translation>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more class(es)</source>
        <translation>
            <numerusform>  and %n more class</numerusform>
            <numerusform>  and %n more classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more item(s)</source>
        <translation>
            <numerusform>  and %n more item</numerusform>
            <numerusform>  and %n more items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    and %n more chain(s)</source>
        <translation>
            <numerusform>    and %n more chain</numerusform>
            <numerusform>    and %n more chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it:</source>
        <translation>
            <numerusform>  cut this %n import to break it:</numerusform>
            <numerusform>  cut these %n imports to break it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it (near-smallest, found by heuristic):</source>
        <translation>
            <numerusform>  cut this %n import to break it (near-smallest, found by heuristic):</numerusform>
            <numerusform>  cut these %n imports to break it (near-smallest, found by heuristic):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of several methods</source>
        <translation>
            <numerusform>%n part of several methods</numerusform>
            <numerusform>%n parts of several methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) alone</source>
        <translation>
            <numerusform>%n method alone</numerusform>
            <numerusform>%n methods alone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStateText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <source>not a Headroom saved view</source>
        <translation>not a Headroom saved view</translation>
    </message>
    <message>
        <source>saved by a newer Headroom</source>
        <translation>saved by a newer Headroom</translation>
    </message>
    <message>
        <source>unknown import kind in shown_import_kinds</source>
        <translation>unknown import kind in shown_import_kinds</translation>
    </message>
    <message>
        <source>no project folder</source>
        <translation>no project folder</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>the file name must end in .svg, .png, .pdf or .dot</source>
        <translation>the file name must end in .svg, .png, .pdf or .dot</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Import graph</translation>
    </message>
    <message>
        <source>Dependency structure matrix</source>
        <translation>Dependency structure matrix</translation>
    </message>
    <message>
        <source>Cohesion treemap</source>
        <translation>Cohesion treemap</translation>
    </message>
    <message>
        <source>only the graph exports to DOT</source>
        <translation>only the graph exports to DOT</translation>
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
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so it has no revision %2.</source>
        <translation>%1 is not in a git repository, so it has no revision %2.</translation>
    </message>
    <message>
        <source>The repository of %1 has no revision %2 (%3).</source>
        <translation>The repository of %1 has no revision %2 (%3).</translation>
    </message>
    <message>
        <source>%1 did not exist at revision %2.</source>
        <translation>%1 did not exist at revision %2.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 holds no Python files to compare with.</source>
        <translation>Revision %1 of %2 holds no Python files to compare with.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not JSON.</source>
        <translation>%1 is not JSON.</translation>
    </message>
    <message>
        <source>%1 is not a JSON written by headroom analyze.</source>
        <translation>%1 is not a JSON written by headroom analyze.</translation>
    </message>
    <message>
        <source>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</source>
        <translation>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</translation>
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
        <translation>Where</translation>
    </message>
    <message numerus="yes">
        <source>cut %n import(s)</source>
        <translation>
            <numerusform>cut %n import</numerusform>
            <numerusform>cut %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 imports %2</translation>
    </message>
    <message>
        <source>Imports to cut</source>
        <translation>Imports to cut</translation>
    </message>
    <message>
        <source>Imports to cut (heuristic)</source>
        <translation>Imports to cut (heuristic)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>No import cycles</source>
        <translation>No import cycles</translation>
    </message>
    <message>
        <source>Cut the suggested imports (what if)</source>
        <translation>Cut the suggested imports (what if)</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Cut this import (what if)</translation>
    </message>
    <message>
        <source>Module cycles inside it</source>
        <translation>Module cycles inside it</translation>
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
            <numerusform>Cycle %1: %n member</numerusform>
            <numerusform>Cycle %1: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or Delete: cut the suggested imports (what if)</source>
        <translation>Right-click or Delete: cut the suggested imports (what if)</translation>
    </message>
    <message numerus="yes">
        <source>%n import statement(s)</source>
        <translation>
            <numerusform>%n import statement</numerusform>
            <numerusform>%n import statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::DetailsPanel</name>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Cut this import (what if)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message numerus="yes">
        <source>in cycle %1 of %n module(s)</source>
        <translation>
            <numerusform>in cycle %1 of %n module</numerusform>
            <numerusform>in cycle %1 of %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</source>
        <translation>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n call(s) or use(s)</source>
        <translation>
            <numerusform>Used by %n call or use</numerusform>
            <numerusform>Used by %n calls or uses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>instantiation</source>
        <translation>instantiation</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>decorator</source>
        <translation>decorator</translation>
    </message>
    <message>
        <source>base class</source>
        <translation>base class</translation>
    </message>
    <message>
        <source>use</source>
        <translation>use</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>Relational cohesion</translation>
    </message>
    <message>
        <source>Imports of several modules: open the package to see the calls behind each</source>
        <translation>Imports of several modules: open the package to see the calls behind each</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Behind it</translation>
    </message>
    <message numerus="yes">
        <source>%n module import(s): open the packages to see the calls behind each</source>
        <translation>
            <numerusform>%n module import: open the packages to see the calls behind each</numerusform>
            <numerusform>%n module imports: open the packages to see the calls behind each</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message numerus="yes">
        <source>package of %n module(s) in this picture (%1)</source>
        <translation>
            <numerusform>package of %n module in this picture (%1)</numerusform>
            <numerusform>package of %n modules in this picture (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>inside %1 in this picture; figures of the module alone</source>
        <translation>inside %1 in this picture; figures of the module alone</translation>
    </message>
    <message>
        <source>Row in this picture</source>
        <translation>Row in this picture</translation>
    </message>
    <message>
        <source>layer %1 (0 at the bottom)</source>
        <translation>layer %1 (0 at the bottom)</translation>
    </message>
    <message>
        <source>The row the box sits on: what it imports is below it</source>
        <translation>The row the box sits on: what it imports is below it</translation>
    </message>
    <message>
        <source>The calls behind this import are listed once they are resolved</source>
        <translation>The calls behind this import are listed once they are resolved</translation>
    </message>
    <message>
        <source>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</source>
        <translation>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</translation>
    </message>
    <message numerus="yes">
        <source>in a module cycle of %n module(s)</source>
        <translation>
            <numerusform>in a module cycle of %n module</numerusform>
            <numerusform>in a module cycle of %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>%1 in this picture</source>
        <translation>%1 in this picture</translation>
    </message>
    <message>
        <source>Lines of code</source>
        <translation>Lines of code</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s): %1</source>
        <translation>
            <numerusform>%n method: %1</numerusform>
            <numerusform>%n methods: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sharing %1</source>
        <translation>sharing %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>More parts</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) of several methods</source>
        <translation>
            <numerusform>%n more part of several methods</numerusform>
            <numerusform>%n more parts of several methods</numerusform>
        </translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alone</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) linked to no other: %1</source>
        <translation>
            <numerusform>%n method linked to no other: %1</numerusform>
            <numerusform>%n methods linked to no other: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each a part of its own: it calls no other method of the class and shares no attribute with one</source>
        <translation>Each a part of its own: it calls no other method of the class and shares no attribute with one</translation>
    </message>
    <message>
        <source>Attribute share</source>
        <translation>Attribute share</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The share of the instance attributes a method uses, averaged over its methods</source>
        <translation>The share of the instance attributes a method uses, averaged over its methods</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>yes (an ABC or Protocol base, or an abstract method)</source>
        <translation>yes (an ABC or Protocol base, or an abstract method)</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Over the budget</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Used from</translation>
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
        <translation>Modules whose code calls, instantiates, references, decorates with or derives from the class or one of its methods</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n use(s))</source>
        <translation>
            <numerusform>%1 (%n use)</numerusform>
            <numerusform>%1 (%n uses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message numerus="yes">
        <source>broken by %n chain(s)</source>
        <translation>
            <numerusform>broken by %n chain</numerusform>
            <numerusform>broken by %n chains</numerusform>
        </translation>
    </message>
    <message>
        <source>type %1 not checked</source>
        <translation>type %1 not checked</translation>
    </message>
    <message>
        <source>invalid: %1 missing</source>
        <translation>invalid: %1 missing</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Over the head budget (%1)</source>
        <translation>Over the head budget (%1)</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Import-linter contracts (%1)</source>
        <translation>Import-linter contracts (%1)</translation>
    </message>
    <message>
        <source>%1 must not import %2</source>
        <translation>%1 must not import %2</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 imports %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 has %2 %3, %4 over the budget of %5</translation>
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
        <translation>Level %1</translation>
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
        <translation>%1: double-click its name to close it</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>Cut this import (what if)</translation>
    </message>
    <message>
        <source>Show its sites and calls</source>
        <translation>Show its sites and calls</translation>
    </message>
    <message>
        <source>Why does %1 import %2?</source>
        <translation>Why does %1 import %2?</translation>
    </message>
</context>
<context>
    <name>headroom::LegendPanel</name>
    <message>
        <source>No legend for this view.</source>
        <translation>No legend for this view.</translation>
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
        <translation>Ta&amp;bles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>Analysing %1...</translation>
    </message>
    <message>
        <source>Finding Python files...</source>
        <translation>Finding Python files...</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files...</source>
        <translation>Parsing %1 of %2 files...</translation>
    </message>
    <message>
        <source>Resolving imports...</source>
        <translation>Resolving imports...</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>Measuring...</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analysis cancelled.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>%1 holds no Python files.</source>
        <translation>%1 holds no Python files.</translation>
    </message>
    <message>
        <source>%1 could not be analysed.</source>
        <translation>%1 could not be analysed.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>What if</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>&amp;Docks</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Packages, depth %1</source>
        <translation>Packages, depth %1</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colour by:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Show only the selected module and its neighbours</source>
        <translation>Show only the selected module and its neighbours</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>hops: </translation>
    </message>
    <message>
        <source>Find a module (Ctrl+F)</source>
        <translation>Find a module (Ctrl+F)</translation>
    </message>
    <message>
        <source>No module named %1.</source>
        <translation>No module named %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Open Folder...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save View...</source>
        <translation>&amp;Save View...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Save the view</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json)</source>
        <translation>Headroom views (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>Cannot save the view</translation>
    </message>
    <message>
        <source>Open &amp;View...</source>
        <translation>Open &amp;View...</translation>
    </message>
    <message>
        <source>Open a saved view</source>
        <translation>Open a saved view</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json *.json)</source>
        <translation>Headroom views (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the view</source>
        <translation>Cannot open the view</translation>
    </message>
    <message>
        <source>&amp;Export Picture...</source>
        <translation>&amp;Export Picture...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Hide &amp;Type-Checking Imports</source>
        <translation>Hide &amp;Type-Checking Imports</translation>
    </message>
    <message>
        <source>Hide Function-&amp;Local Imports</source>
        <translation>Hide Function-&amp;Local Imports</translation>
    </message>
    <message>
        <source>Hide &amp;Conditional Imports</source>
        <translation>Hide &amp;Conditional Imports</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentation Mode</translation>
    </message>
    <message>
        <source>Next Review Step</source>
        <translation>Next Review Step</translation>
    </message>
    <message>
        <source>Previous Review Step</source>
        <translation>Previous Review Step</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>&amp;Re-analyse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Open a Python project</source>
        <translation>Open a Python project</translation>
    </message>
    <message>
        <source>%1 - Headroom</source>
        <translation>%1 - Headroom</translation>
    </message>
    <message>
        <source>Remove the import of %1 from %2 (%3)</source>
        <translation>Remove the import of %1 from %2 (%3)</translation>
    </message>
    <message>
        <source>Activate to put this import back</source>
        <translation>Activate to put this import back</translation>
    </message>
    <message>
        <source>No imports cut. Right-click an import in Details to see what cutting it would do.</source>
        <translation>No imports cut. Right-click an import in Details to see what cutting it would do.</translation>
    </message>
    <message>
        <source>Layout problem: %1</source>
        <translation>Layout problem: %1</translation>
    </message>
    <message>
        <source>Why does A depend on B?</source>
        <translation>Why does A depend on B?</translation>
    </message>
    <message>
        <source>Module A:</source>
        <translation>Module A:</translation>
    </message>
    <message>
        <source>Module B:</source>
        <translation>Module B:</translation>
    </message>
    <message>
        <source>%1 does not import %2, directly or through other modules.</source>
        <translation>%1 does not import %2, directly or through other modules.</translation>
    </message>
    <message>
        <source>there is no picture to export yet</source>
        <translation>there is no picture to export yet</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>Export the picture</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</source>
        <translation>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: %n file</numerusform>
            <numerusform>%1: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>depth %1</translation>
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
            <numerusform>%n over budget</numerusform>
            <numerusform>%n over budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>The language changes when Headroom starts again.</source>
        <translation>The language changes when Headroom starts again.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Select a module to see its classes or functions.</source>
        <translation>Select a module to see its classes or functions.</translation>
    </message>
    <message>
        <source>Classes of the selected module</source>
        <translation>Classes of the selected module</translation>
    </message>
    <message>
        <source>Functions of the selected module</source>
        <translation>Functions of the selected module</translation>
    </message>
    <message>
        <source>Resolving calls...</source>
        <translation>Resolving calls...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Structure (fits the head budget)</source>
        <translation>Structure (fits the head budget)</translation>
    </message>
    <message>
        <source>Show &amp;Every Import</source>
        <translation>Show &amp;Every Import</translation>
    </message>
    <message>
        <source>Structure maps draw only the imports that no other path implies; show all</source>
        <translation>Structure maps draw only the imports that no other path implies; show all</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>&amp;Undo Cut</source>
        <translation>&amp;Undo Cut</translation>
    </message>
    <message numerus="yes">
        <source>this picture (%1): depth %2, %n cycle(s)</source>
        <translation>
            <numerusform>this picture (%1): depth %2, %n cycle</numerusform>
            <numerusform>this picture (%1): depth %2, %n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %2: the shortest import chain, %n import(s)</source>
        <translation>
            <numerusform>%1 depends on %2: the shortest import chain, %n import</numerusform>
            <numerusform>%1 depends on %2: the shortest import chain, %n imports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 imports %2</translation>
    </message>
    <message>
        <source>Find &amp;Module</source>
        <translation>Find &amp;Module</translation>
    </message>
    <message>
        <source>&amp;Why Does A Depend on B?...</source>
        <translation>&amp;Why Does A Depend on B?...</translation>
    </message>
    <message>
        <source>C&amp;lear the What-If Cuts</source>
        <translation>C&amp;lear the What-If Cuts</translation>
    </message>
    <message>
        <source>Re&amp;do Cut</source>
        <translation>Re&amp;do Cut</translation>
    </message>
    <message>
        <source>Re-analyse When &amp;Files Change</source>
        <translation>Re-analyse When &amp;Files Change</translation>
    </message>
    <message numerus="yes">
        <source>%1 around %2, %n import(s) away</source>
        <translation>
            <numerusform>%1 around %2, %n import away</numerusform>
            <numerusform>%1 around %2, %n imports away</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not import %2 in this picture.</source>
        <translation>%1 does not import %2 in this picture.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2 through %n module import(s)</source>
        <translation>
            <numerusform>%1 imports %2 through %n module import</numerusform>
            <numerusform>%1 imports %2 through %n module imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Re&amp;vision...</source>
        <translation>Compare with Re&amp;vision...</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>Compare with Revision</translation>
    </message>
    <message>
        <source>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</source>
        <translation>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline File...</source>
        <translation>Compare with &amp;Baseline File...</translation>
    </message>
    <message>
        <source>Compare with Baseline File</source>
        <translation>Compare with Baseline File</translation>
    </message>
    <message>
        <source>Analysis JSON (headroom analyze) (*.json);;All files (*)</source>
        <translation>Analysis JSON (headroom analyze) (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Stop Comparing</translation>
    </message>
    <message>
        <source>Reading revision %1 to compare with...</source>
        <translation>Reading revision %1 to compare with...</translation>
    </message>
    <message>
        <source>Reading %1 to compare with...</source>
        <translation>Reading %1 to compare with...</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Cannot Compare</translation>
    </message>
    <message>
        <source>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</source>
        <translation>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files, under a minute left...</source>
        <translation>Parsing %1 of %2 files, under a minute left...</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %1 of %2 files, about %n minute(s) left...</source>
        <translation>
            <numerusform>Parsing %1 of %2 files, about %n minute left...</numerusform>
            <numerusform>Parsing %1 of %2 files, about %n minutes left...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; resolving calls...</source>
        <translation>%1; resolving calls...</translation>
    </message>
    <message>
        <source>Classes and functions are drawn once the calls are resolved.</source>
        <translation>Classes and functions are drawn once the calls are resolved.</translation>
    </message>
    <message numerus="yes">
        <source>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</source>
        <translation>
            <numerusform>; %n box, no package to fold it into: the Matrix tab or a focus reads it better</numerusform>
            <numerusform>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</numerusform>
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
        <translation>(top level)</translation>
    </message>
    <message>
        <source>%1 does not import %2</source>
        <translation>%1 does not import %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2: %n site(s)</source>
        <translation>
            <numerusform>%1 imports %2: %n site</numerusform>
            <numerusform>%1 imports %2: %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the layering (a cycle)</source>
        <translation>Against the layering (a cycle)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>(own modules)</source>
        <translation>(own modules)</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated: each row and column is a package (%n row(s) for %1 modules); a cell sums the import sites of its packages&apos; modules.</source>
        <translation>
            <numerusform>Aggregated: each row and column is a package (%n row for %1 modules); a cell sums the import sites of its packages&apos; modules.</numerusform>
            <numerusform>Aggregated: each row and column is a package (%n rows for %1 modules); a cell sums the import sites of its packages&apos; modules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix shows %n package(s) instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</source>
        <translation>
            <numerusform>the matrix shows %n package instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</numerusform>
            <numerusform>the matrix shows %n packages instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summed over the packages&apos; modules: %1 in the row, %2 in the column</source>
        <translation>Summed over the packages&apos; modules: %1 in the row, %2 in the column</translation>
    </message>
</context>
<context>
    <name>headroom::MatrixView</name>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
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
        <translation>Location</translation>
    </message>
    <message>
        <source>File and line of its definition.</source>
        <translation>File and line of its definition.</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
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
        <translation>Level among the packages of its depth, 0 importing none of them; Ca, Ce and I count among them too.</translation>
    </message>
    <message>
        <source>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</source>
        <translation>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Dotted name of the package.</source>
        <translation>Dotted name of the package.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Direct members: its modules and subpackages.</source>
        <translation>Direct members: its modules and subpackages.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Python files in it and below it.</source>
        <translation>Python files in it and below it.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>Cohesion</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Import cycles among the modules inside it.</source>
        <translation>Import cycles among the modules inside it.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Dotted name; a package stands for its __init__.</source>
        <translation>Dotted name; a package stands for its __init__.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Source file, relative to the project.</source>
        <translation>Source file, relative to the project.</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>The import cycle it is part of; empty when none.</source>
        <translation>The import cycle it is part of; empty when none.</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Top-level functions and classes.</source>
        <translation>Top-level functions and classes.</translation>
    </message>
    <message>
        <source>Max CC</source>
        <translation>Max CC</translation>
    </message>
    <message>
        <source>Mean CC</source>
        <translation>Mean CC</translation>
    </message>
    <message>
        <source>Mean cyclomatic complexity of its functions.</source>
        <translation>Mean cyclomatic complexity of its functions.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Module and qualified name of the class.</source>
        <translation>Module and qualified name of the class.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Methods defined in it, constructors included.</source>
        <translation>Methods defined in it, constructors included.</translation>
    </message>
    <message>
        <source>LCOM4</source>
        <translation>LCOM4</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Derives from ABC or Protocol, or has an abstract method.</source>
        <translation>Derives from ABC or Protocol, or has an abstract method.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Module and qualified name of the function.</source>
        <translation>Module and qualified name of the function.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Method: defined directly in a class.</source>
        <translation>Method: defined directly in a class.</translation>
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
        <translation>Defined with async def.</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>abstract</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Share of the instance attributes a method uses; n/a for a class without instance attributes or without methods besides its constructors.</source>
        <translation>Share of the instance attributes a method uses; n/a for a class without instance attributes or without methods besides its constructors.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
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
        <translation>package</translation>
    </message>
    <message>
        <source>namespace package</source>
        <translation>namespace package</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>external</source>
        <translation>external</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
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
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>headroom::TablesPane</name>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Only over budget</source>
        <translation>Only over budget</translation>
    </message>
    <message>
        <source>Only in cycles</source>
        <translation>Only in cycles</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
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
        <translation>Functions</translation>
    </message>
    <message>
        <source>Select a row to see all its figures here.</source>
        <translation>Select a row to see all its figures here.</translation>
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
        <translation>Packages (measuring...)</translation>
    </message>
    <message>
        <source>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</source>
        <translation>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</translation>
    </message>
</context>
<context>
    <name>headroom::TreemapScene</name>
    <message numerus="yes">
        <source>%n line(s) of code</source>
        <translation>
            <numerusform>%n line of code</numerusform>
            <numerusform>%n lines of code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LCOM4: %1 (%n method(s))</source>
        <translation>
            <numerusform>LCOM4: %1 (%n method)</numerusform>
            <numerusform>LCOM4: %1 (%n methods)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</source>
        <translation>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</translation>
    </message>
    <message>
        <source>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</source>
        <translation>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more class(es)</source>
        <translation>
            <numerusform>%Ln more class</numerusform>
            <numerusform>%Ln more classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more module(s)</source>
        <translation>
            <numerusform>%Ln more module</numerusform>
            <numerusform>%Ln more modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) too small to show one by one</source>
        <translation>
            <numerusform>%Ln class too small to show on its own</numerusform>
            <numerusform>%Ln classes too small to show one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) too small to show one by one</source>
        <translation>
            <numerusform>%Ln module too small to show on its own</numerusform>
            <numerusform>%Ln modules too small to show one by one</numerusform>
        </translation>
    </message>
    <message>
        <source>outside classes</source>
        <translation>outside classes</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of code outside classes</source>
        <translation>
            <numerusform>%n line of code outside classes</numerusform>
            <numerusform>%n lines of code outside classes</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst class LCOM4: %1</source>
        <translation>Worst class LCOM4: %1</translation>
    </message>
    <message>
        <source>A part of %1, which this picture shows as one box</source>
        <translation>A part of %1, which this picture shows as one box</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrote screenshots to %1</source>
        <translation>Wrote screenshots to %1</translation>
    </message>
</context>
</TS>

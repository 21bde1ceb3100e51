<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeStyle</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
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
        <translation>%1：新增</translation>
    </message>
    <message>
        <source>%1: removed (a ghost of the earlier state)</source>
        <translation>%1：已删除（早先状态的幽灵）</translation>
    </message>
    <message>
        <source>%1; in a new or grown cycle</source>
        <translation>%1；位于新的或扩大的循环中</translation>
    </message>
    <message>
        <source>%1 → %2: removed</source>
        <translation>%1 → %2：已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n import site(s)</source>
        <translation>
            <numerusform>%n 处导入</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; added</source>
        <translation>%1；新增</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>FAIL depth: %1 levels, %2 allowed</source>
        <translation>FAIL 深度：%1 层，允许 %2 层</translation>
    </message>
    <message>
        <source>  longest import chain: %1</source>
        <translation>  最长导入链：%1</translation>
    </message>
    <message>
        <source>ok   depth: %1 levels</source>
        <translation>ok   深度：%1 层</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n 条规则未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>All rules pass.</source>
        <translation>所有规则均已通过。</translation>
    </message>
    <message numerus="yes">
        <source>FAIL cycles: %n import cycle(s), %1 allowed</source>
        <translation>
            <numerusform>FAIL 循环：%n 个导入循环，允许 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   cycles: %n</source>
        <translation>
            <numerusform>ok   循环：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL contracts: %1 of %n broken or invalid</source>
        <translation>
            <numerusform>FAIL 契约：%n 个中有 %1 个被违反或无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %n kept</source>
        <translation>
            <numerusform>ok   契约：%n 个均被遵守</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL budget: %n item(s) over the head budget, %1 allowed</source>
        <translation>
            <numerusform>FAIL 预算：%n 项超出认知预算，允许 %1 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   budget: %n item(s) over the head budget</source>
        <translation>
            <numerusform>ok   预算：%n 项超出认知预算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL configuration: %n setting(s) could not be read as written</source>
        <translation>
            <numerusform>FAIL 配置: %n 项设置无法按所写内容读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Readable configuration</source>
        <translation>可读取的配置</translation>
    </message>
    <message>
        <source>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</source>
        <translation>当 pyproject.toml 或 import-linter 配置中的某项设置无法按所写读取时（类型错误的值、拼错的键、无法解析的文件）失败：按默认值读取的规则会因错误的原因通过或失败。</translation>
    </message>
    <message>
        <source>Import cycles</source>
        <translation>导入循环</translation>
    </message>
    <message>
        <source>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</source>
        <translation>当导入循环多于允许的数量时失败（[tool.headroom.check] 下的 max_cycles，或 --max-cycles；默认 0，-1 表示不限）。每个循环显示为一条导入链，并列出打破它需要删去的导入。</translation>
    </message>
    <message>
        <source>Import depth</source>
        <translation>导入深度</translation>
    </message>
    <message>
        <source>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</source>
        <translation>当项目的导入层级多于允许的数量时失败（[tool.headroom.check] 下的 max_depth，或 --max-depth；默认为认知预算的深度，-1 关闭此规则）。最长导入链显示层级从何而来。</translation>
    </message>
    <message>
        <source>Import-linter contracts</source>
        <translation>import-linter 契约</translation>
    </message>
    <message>
        <source>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</source>
        <translation>当 import-linter 契约（layers、forbidden、independence）被违反或无效时失败。每处违反是一条导入链及其位置。可用 [tool.headroom.check] 下的 contracts = false 或 --no-contracts 关闭。</translation>
    </message>
    <message>
        <source>Head budget</source>
        <translation>认知预算</translation>
    </message>
    <message>
        <source>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</source>
        <translation>当超出认知预算的项多于允许的数量时失败（[tool.headroom.check] 下的 max_findings，或 --max-findings；默认不限）：成员过多的包、定义或导入过多的模块、方法过多的类、层级过多。</translation>
    </message>
    <message>
        <source> (known)</source>
        <translation> (已知)</translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %1 of %n broken or invalid, as in the baseline</source>
        <translation>
            <numerusform>ok   契约：%n 个中有 %1 个被违反或无效，与基线相同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>headroom: %1 does not exist</source>
        <translation>headroom: %1 不存在</translation>
    </message>
    <message>
        <source>headroom: %1 is a file; give the project&apos;s folder</source>
        <translation>headroom: %1 是文件；请指定项目文件夹</translation>
    </message>
    <message>
        <source>headroom: %1 holds no Python files</source>
        <translation>headroom: %1 中没有 Python 文件</translation>
    </message>
    <message>
        <source>headroom: analysis cancelled</source>
        <translation>headroom: 分析已取消</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n more problem(s) not shown</source>
        <translation>
            <numerusform>headroom: 另有 %n 个问题未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>包深度：保留的点分名称段数（默认 1）。</translation>
    </message>
    <message>
        <source>Leave out stdlib and third-party modules.</source>
        <translation>排除标准库和第三方模块。</translation>
    </message>
    <message>
        <source>The head budget for every check (default 7, or pyproject.toml).</source>
        <translation>每项检查的认知预算（默认 7，或取自 pyproject.toml）。</translation>
    </message>
    <message>
        <source>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</source>
        <translation>构成循环和层级的导入类型，以逗号分隔：runtime, function-local, conditional, type-checking（默认：除 type-checking 外的全部）。</translation>
    </message>
    <message>
        <source>headroom: --depth takes a whole number from 1</source>
        <translation>headroom: --depth 需要不小于 1 的整数</translation>
    </message>
    <message>
        <source>headroom: unknown level &apos;%1&apos; (module or package)</source>
        <translation>headroom: 未知粒度 &apos;%1&apos;（module 或 package）</translation>
    </message>
    <message>
        <source>headroom: --budget takes a whole number from 1</source>
        <translation>headroom: --budget 需要不小于 1 的整数</translation>
    </message>
    <message>
        <source>headroom: unknown import kind in &apos;%1&apos;</source>
        <translation>headroom: &apos;%1&apos; 中有未知的导入类型</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>项目文件夹。</translation>
    </message>
    <message>
        <source>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</source>
        <translation>headroom: %1 只接受一个文件夹；参见 &apos;headroom %1 --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Analyse a Python project and write its import graph with every metric.</source>
        <translation>分析 Python 项目，并输出带有全部指标的导入关系图。</translation>
    </message>
    <message>
        <source>Output format: json or dot.</source>
        <translation>输出格式：json 或 dot。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>Do not list problems on standard error.</source>
        <translation>不在标准错误输出中列出问题。</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (json or dot)</source>
        <translation>headroom: 未知格式 &apos;%1&apos;（json 或 dot）</translation>
    </message>
    <message>
        <source>Print what a design reviewer reads first.</source>
        <translation>输出设计评审者最先要看的内容。</translation>
    </message>
    <message>
        <source>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</source>
        <translation>任一规则未通过时以非零状态退出：导入循环、深度、被违反的 import-linter 契约、认知预算发现项。规则来自 pyproject.toml 中的 [tool.headroom.check] 以及这些选项。</translation>
    </message>
    <message>
        <source>Import cycles allowed (default 0; -1: any).</source>
        <translation>允许的导入循环数（默认 0；-1：不限）。</translation>
    </message>
    <message>
        <source>Levels allowed (default 0: the budget&apos;s depth; -1: any).</source>
        <translation>允许的层数（默认 0：取预算中的深度；-1：不限）。</translation>
    </message>
    <message>
        <source>Head budget findings allowed (default: any).</source>
        <translation>允许的认知预算发现项数（默认：不限）。</translation>
    </message>
    <message>
        <source>Do not fail on import-linter contracts.</source>
        <translation>不因 import-linter 契约而失败。</translation>
    </message>
    <message>
        <source>headroom: --%1 takes a whole number (-1 for any)</source>
        <translation>headroom: --%1 需要整数（-1 表示不限）</translation>
    </message>
    <message>
        <source>Write an SVG report of a Python project.</source>
        <translation>输出 Python 项目的 SVG 报告。</translation>
    </message>
    <message>
        <source>The SVG file to write.</source>
        <translation>要写入的 SVG 文件。</translation>
    </message>
    <message>
        <source>headroom: report takes one folder; see &apos;headroom report --help&apos;</source>
        <translation>headroom: report 只接受一个文件夹；参见 &apos;headroom report --help&apos;</translation>
    </message>
    <message>
        <source>headroom: cannot draw the report: %1</source>
        <translation>headroom: 无法绘制报告：%1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2</source>
        <translation>已将 %1 的报告写入 %2</translation>
    </message>
    <message>
        <source>Graph level: module or package (analyze also: function or class).</source>
        <translation>图的粒度：module 或 package（analyze 还可用 function 或 class）。</translation>
    </message>
    <message>
        <source>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</source>
        <translation>跳过大于此大小的 Python 文件，如 5M 或 800k（默认 5M，或 pyproject.toml 中的 max_file_bytes）。</translation>
    </message>
    <message>
        <source>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</source>
        <translation>headroom: --max-file-size 需要小于 4G 的大小，如 5M、800k 或字节数</translation>
    </message>
    <message>
        <source>headroom: error: %1</source>
        <translation>headroom: 错误: %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: 警告: %1</translation>
    </message>
    <message>
        <source>headroom: cannot write to standard output: %1</source>
        <translation>headroom: 无法写入标准输出: %1</translation>
    </message>
    <message>
        <source>Report format: text, sarif (code scanning) or junit (CI test reports).</source>
        <translation>报告格式：text、sarif（代码扫描）或 junit（CI 测试报告）。</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</source>
        <translation>headroom: 未知格式 &apos;%1&apos;（text、sarif 或 junit）</translation>
    </message>
    <message>
        <source>headroom: %1 is not in a git repository, so it has no revision %2</source>
        <translation>headroom：%1 不在任何 git 仓库中，因此没有修订 %2</translation>
    </message>
    <message>
        <source>headroom: the repository of %1 has no revision %2 (%3)</source>
        <translation>headroom：%1 的仓库没有修订 %2（%3）</translation>
    </message>
    <message>
        <source>headroom: %1 did not exist at revision %2</source>
        <translation>headroom：修订 %2 中不存在 %1</translation>
    </message>
    <message>
        <source>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</source>
        <translation>按 git 修订 REV 中的样子分析项目（提交、标签、分支或任意修订表达式），直接从仓库读取：不检出任何文件。</translation>
    </message>
    <message>
        <source>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>headroom：--rev 需要一个修订，例如 HEAD~1、v2.0 或提交 ID</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</source>
        <translation>只在比 FILE（之前由 &apos;headroom analyze&apos; 写出的 JSON）新增或更差的问题上失败。</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than at git revision REV.</source>
        <translation>只在比 git 修订 REV 新增或更差的问题上失败。</translation>
    </message>
    <message>
        <source>headroom: give --baseline or --baseline-rev, not both</source>
        <translation>headroom：请指定 --baseline 或 --baseline-rev，不要同时指定</translation>
    </message>
    <message>
        <source>headroom: the baseline %1 was written at another level than this check&apos;s</source>
        <translation>headroom：基线 %1 是在与本次检查不同的粒度下写出的</translation>
    </message>
    <message>
        <source>headroom: cannot read the baseline %1: %2</source>
        <translation>headroom：无法读取基线 %1：%2</translation>
    </message>
    <message>
        <source>Baseline: %1. What it had is marked (known) and does not fail.</source>
        <translation>基线：%1。其中已有的问题标为（已知），不会导致失败。</translation>
    </message>
    <message>
        <source>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</source>
        <translation>比较项目的两个状态：新增和删除的导入与模块，新出现、扩大和被打破的循环，层级，认知预算发现项和契约违反。</translation>
    </message>
    <message>
        <source>The earlier state: a git revision.</source>
        <translation>较早的状态：一个 git 修订。</translation>
    </message>
    <message>
        <source>The later state: a git revision (default: the work tree as it is).</source>
        <translation>较晚的状态：一个 git 修订（默认：当前的工作树）。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text or json)</source>
        <translation>headroom：未知格式 &apos;%1&apos;（text 或 json）</translation>
    </message>
    <message>
        <source>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</source>
        <translation>headroom：diff 将 --from REV 与 --to REV 或工作树比较；参见 &apos;headroom diff --help&apos;</translation>
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
        <translation>用法: headroom [文件夹]            在窗口中打开项目
      headroom analyze 文件夹 ...  以 JSON 或 DOT 格式输出导入关系图和指标
      headroom summary 文件夹 ...  输出设计评审者最先要看的内容
      headroom check 文件夹 ...    循环、深度、契约或预算未通过时失败
      headroom diff 文件夹 --from REV ...  显示一次修改对结构带来的变化
      headroom export 文件夹 ...   以 SVG、PNG、PDF 或 DOT 格式输出图、矩阵或矩形树图
      headroom report 文件夹 ...   输出 SVG 报告
运行 &apos;headroom 命令 --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>headroom: warning: churn not counted: %1</source>
        <translation>headroom：警告：未统计 churn：%1</translation>
    </message>
    <message>
        <source>headroom: warning: extracted facts not cached: %1</source>
        <translation>headroom：警告：提取的事实未缓存：%1</translation>
    </message>
    <message>
        <source>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</source>
        <translation>统计最近 DAYS 天内改动过每个文件的提交数（git，仅第一父提交）：指标 churn 和 hotspot（churn 乘以复杂度）。</translation>
    </message>
    <message>
        <source>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</source>
        <translation>解析每个文件，不读取也不写入已提取信息的缓存（$XDG_CACHE_HOME/headroom）。</translation>
    </message>
    <message>
        <source>headroom: --churn takes a number of days from 1</source>
        <translation>headroom：--churn 需要不小于 1 的天数</translation>
    </message>
    <message numerus="yes">
        <source>headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of memory, and %3 MB are available.</source>
        <translation>
            <numerusform>headroom：分析 %n 个 Python 文件（%1 MB）大约需要 %2 MB 内存，而可用内存为 %3 MB。</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</source>
        <translation>请分析项目的一部分（子文件夹），或用 --memory MB 设置上限。</translation>
    </message>
    <message>
        <source>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</source>
        <translation>包级别大约需要 %1 MB：headroom analyze --level package --depth 2。或者分析项目的一部分，或用 --memory MB 设置上限。</translation>
    </message>
    <message>
        <source>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</source>
        <translation>若分析需要超过 MB 兆字节的内存，则在分析前停止（默认：可用内存；0：不检查）。</translation>
    </message>
    <message>
        <source>headroom: --memory takes a number of megabytes, or 0</source>
        <translation>headroom：--memory 需要兆字节数，或 0</translation>
    </message>
    <message>
        <source>headroom: cannot load the window and the drawing commands: %1</source>
        <translation>headroom：无法加载窗口和绘图命令：%1</translation>
    </message>
    <message>
        <source>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</source>
        <translation>排除与此路径通配符匹配的文件和文件夹，路径相对于项目文件夹（如 pip/_vendor、migrations 或 *_pb2.py）；可多次给出。会添加到 pyproject.toml 的 exclude 中。</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>cannot be read; skipped</source>
        <translation>无法读取；已跳过</translation>
    </message>
    <message>
        <source>cannot be read (%1); skipped</source>
        <translation>无法读取（%1）；已跳过</translation>
    </message>
    <message>
        <source>disappeared before it could be read; skipped</source>
        <translation>在读取前已消失；已跳过</translation>
    </message>
    <message>
        <source>holds NUL bytes, so it is not Python source; skipped</source>
        <translation>包含 NUL 字节，因此不是 Python 源代码；已跳过</translation>
    </message>
    <message>
        <source>is not valid UTF-8; analysed anyway, some names may be garbled</source>
        <translation>不是有效的 UTF-8；仍已分析，部分名称可能出现乱码</translation>
    </message>
    <message>
        <source>is too large to analyse (%1 bytes); skipped</source>
        <translation>文件过大，无法分析（%1 字节）；已跳过</translation>
    </message>
    <message>
        <source>has a syntax error; what could be recovered was analysed</source>
        <translation>存在语法错误；已分析可恢复的部分</translation>
    </message>
    <message>
        <source>took too long to parse; skipped</source>
        <translation>解析耗时过长；已跳过</translation>
    </message>
    <message>
        <source>imports %1, which is not a module of this project</source>
        <translation>导入了 %1，但它不是本项目的模块</translation>
    </message>
    <message>
        <source>names the same module as %1; that file is ignored</source>
        <translation>与 %1 对应同一个模块；此文件被忽略</translation>
    </message>
    <message>
        <source>could not be read as configuration (%1)</source>
        <translation>无法作为配置读取（%1）</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>a print statement</source>
        <translation>print 语句</translation>
    </message>
    <message>
        <source>an exec statement</source>
        <translation>exec 语句</translation>
    </message>
    <message>
        <source>backticks</source>
        <translation>反引号</translation>
    </message>
    <message>
        <source>except with a comma</source>
        <translation>带逗号的 except</translation>
    </message>
    <message>
        <source>raise with a comma</source>
        <translation>带逗号的 raise</translation>
    </message>
    <message>
        <source>the &lt;&gt; operator</source>
        <translation>&lt;&gt; 运算符</translation>
    </message>
    <message>
        <source>an octal number without 0o</source>
        <translation>不带 0o 的八进制数</translation>
    </message>
    <message>
        <source>a long integer</source>
        <translation>long 整数</translation>
    </message>
    <message>
        <source>a ur string</source>
        <translation>ur 字符串</translation>
    </message>
    <message>
        <source>is %1, over the size limit of %2 (max_file_bytes); skipped</source>
        <translation>大小为 %1，超过 %2 的上限 (max_file_bytes)；已跳过</translation>
    </message>
    <message>
        <source>looks like Python 2 (%1); what could be recovered was analysed</source>
        <translation>看起来是 Python 2 (%1)；已分析可恢复的部分</translation>
    </message>
    <message>
        <source>is a symbolic link to a place read already; not followed</source>
        <translation>是指向已读取位置的符号链接；未跟随</translation>
    </message>
    <message>
        <source>is a symbolic link that leaves the project (to %1); not followed</source>
        <translation>是指向项目之外 (%1) 的符号链接；未跟随</translation>
    </message>
    <message>
        <source>is a symbolic link in a loop of links; skipped</source>
        <translation>是处于链接循环中的符号链接；已跳过</translation>
    </message>
    <message>
        <source>is a symbolic link to nothing (%1); skipped</source>
        <translation>是指向不存在目标的符号链接 (%1)；已跳过</translation>
    </message>
    <message>
        <source>is a folder named like a Python file, which no import can reach; skipped with all it holds</source>
        <translation>是以 Python 文件命名的文件夹，任何导入都无法到达；已连同其内容一起跳过</translation>
    </message>
    <message>
        <source>is a named pipe, not a file; skipped</source>
        <translation>是命名管道而不是文件；已跳过</translation>
    </message>
    <message>
        <source>is a socket, not a file; skipped</source>
        <translation>是套接字而不是文件；已跳过</translation>
    </message>
    <message>
        <source>is a device, not a file; skipped</source>
        <translation>是设备而不是文件；已跳过</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8 (%1); skipped</source>
        <translation>名称不是有效的 UTF-8 (%1)；已跳过</translation>
    </message>
    <message numerus="yes">
        <source> (%n more left out by exclude)</source>
        <translation>
            <numerusform>（另有 %n 个被 exclude 排除）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <source> (was %1)</source>
        <translation>（之前：%1）</translation>
    </message>
    <message>
        <source>: %1, budget %2</source>
        <translation>：%1，预算 %2</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>工作树</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>从 %1</translation>
    </message>
    <message>
        <source>to   %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>No change to the structure.</source>
        <translation>结构没有变化。</translation>
    </message>
    <message>
        <source>Modules: %1 added, %2 removed</source>
        <translation>模块：新增 %1 个，删除 %2 个</translation>
    </message>
    <message>
        <source>Imports: %1 added, %2 removed</source>
        <translation>导入：新增 %1 个，删除 %2 个</translation>
    </message>
    <message>
        <source>Depth: %1 levels, now %2</source>
        <translation>深度：%1 层，现在 %2 层</translation>
    </message>
    <message>
        <source>New cycles: %1</source>
        <translation>新循环：%1</translation>
    </message>
    <message>
        <source>Grown cycles: %1</source>
        <translation>扩大的循环：%1</translation>
    </message>
    <message>
        <source>Broken cycles: %1</source>
        <translation>被打破的循环：%1</translation>
    </message>
    <message>
        <source>Levels changed: %1</source>
        <translation>层级变化：%1</translation>
    </message>
    <message>
        <source>Over the head budget: %1 added, %2 gone</source>
        <translation>超出认知预算：新增 %1 项，消失 %2 项</translation>
    </message>
    <message>
        <source>Contracts: %1 new violations, %2 fixed</source>
        <translation>契约：新增违反 %1 处，已修复 %2 处</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>headroom: export needs a QApplication (pictures are graphics scenes)</source>
        <translation>headroom: export 需要 QApplication（图片是图形场景）</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: 警告：%1</translation>
    </message>
    <message>
        <source>headroom: cannot draw the picture: %1</source>
        <translation>headroom: 无法绘制图片：%1</translation>
    </message>
    <message>
        <source>Write a picture of a Python project&apos;s imports.</source>
        <translation>将 Python 项目的导入关系输出为图片。</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>项目文件夹。</translation>
    </message>
    <message>
        <source>graph, matrix or treemap.</source>
        <translation>graph、matrix 或 treemap。</translation>
    </message>
    <message>
        <source>What colours the nodes: %1.</source>
        <translation>节点着色依据：%1。</translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>包深度：保留的点分名称段数（默认 1）。</translation>
    </message>
    <message>
        <source>Show only this module and its neighbourhood.</source>
        <translation>只显示此模块及其邻近模块。</translation>
    </message>
    <message>
        <source>Imports away from the focus that are shown (default 1).</source>
        <translation>显示距焦点多少步导入以内的模块（默认 1）。</translation>
    </message>
    <message>
        <source>slide, a4 or natural.</source>
        <translation>slide、a4 或 natural。</translation>
    </message>
    <message>
        <source>PNG pixels per picture pixel (default 1).</source>
        <translation>每个图片像素对应的 PNG 像素数（默认 1）。</translation>
    </message>
    <message>
        <source>The file to write: .svg, .png, .pdf or .dot.</source>
        <translation>要写入的文件：.svg、.png、.pdf 或 .dot。</translation>
    </message>
    <message>
        <source>export takes one folder; see &apos;headroom export --help&apos;</source>
        <translation>export 只接受一个文件夹；参见 &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (graph, matrix or treemap)</source>
        <translation>未知视图 &apos;%1&apos;（graph、matrix 或 treemap）</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</source>
        <translation>未知指标 &apos;%1&apos;；参见 &apos;headroom export --help&apos;</translation>
    </message>
    <message>
        <source>--depth takes a whole number from 1</source>
        <translation>--depth 需要不小于 1 的整数</translation>
    </message>
    <message>
        <source>--hops takes a whole number from 0</source>
        <translation>--hops 需要不小于 0 的整数</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slide, a4 or natural)</source>
        <translation>未知预设 &apos;%1&apos;（slide、a4 或 natural）</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale 需要 0.1 到 8 之间的数值</translation>
    </message>
    <message>
        <source>say where to write the picture with -o FILE</source>
        <translation>请用 -o FILE 指定图片的写入位置</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</source>
        <translation>无法判断 %1 的格式：文件名应以 .svg、.png、.pdf 或 .dot 结尾</translation>
    </message>
    <message>
        <source>only the graph view can be written as DOT</source>
        <translation>只有图视图可以写成 DOT</translation>
    </message>
    <message>
        <source>--focus applies to the graph view only</source>
        <translation>--focus 仅适用于图视图</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>packages, depth %1</source>
        <translation>包，深度 %1</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>依赖矩阵</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>矩形树图</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>导入关系图</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 的%1（%3）</translation>
    </message>
    <message numerus="yes">
        <source>, around %1 (%n import(s) away)</source>
        <translation>
            <numerusform>，围绕 %1（%n 步导入以内）</numerusform>
        </translation>
    </message>
    <message>
        <source>structure (packages opened until about 40 boxes show; the default), module or package.</source>
        <translation>structure（逐层展开包，直到显示约 40 个方框；默认）、module 或 package。</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (structure, module or package)</source>
        <translation>未知粒度 &apos;%1&apos;（structure、module 或 package）</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>%1 is not a module of %2</source>
        <translation>%1 不是 %2 的模块</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>无法对图进行布局：%1</translation>
    </message>
    <message>
        <source>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</source>
        <translation>%1 个节点按 %2 着色，导入指向下方的基础层，需切断的导入指向上方</translation>
    </message>
    <message>
        <source>cannot draw the %1 view</source>
        <translation>无法绘制 %1 视图</translation>
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
        <translation>headroom: %1 无法在此页面上清晰绘制（标签仅 %2 pt）：改为绘制能容纳的结构图</translation>
    </message>
    <message>
        <source>module level</source>
        <translation>模块级视图</translation>
    </message>
    <message>
        <source>package level %1</source>
        <translation>深度 %1 的包级视图</translation>
    </message>
    <message>
        <source>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</source>
        <translation>绘制自 git 修订 REV 以来的变更：标记新增的模块和导入，删除的显示为幽灵，突出显示新循环。</translation>
    </message>
    <message>
        <source>--since takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>--since 需要一个修订，如 HEAD~1、v2.0 或提交 ID</translation>
    </message>
    <message>
        <source>--since applies to the graph view only</source>
        <translation>--since 仅适用于图视图</translation>
    </message>
    <message>
        <source>Changes since %1 · %2</source>
        <translation>自 %1 以来的变更 · %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 · %3</source>
        <translation>从 %1 到 %2 的变更 · %3</translation>
    </message>
    <message>
        <source>headroom: %1 is not a module of %2</source>
        <translation>headroom：%1 不是 %2 的模块</translation>
    </message>
    <message>
        <source>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</source>
        <translation>headroom：%1 在深度 %3 时位于 %2 之内：改为绘制深度 %4，在那里它是单独的方框</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>package members</source>
        <translation>包成员</translation>
    </message>
    <message>
        <source>top-level definitions</source>
        <translation>顶层定义</translation>
    </message>
    <message>
        <source>imported project modules</source>
        <translation>导入的项目模块</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>包规模</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>模块规模</translation>
    </message>
    <message>
        <source>Fan-out</source>
        <translation>扇出</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>类规模</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
</context>
<context>
    <name>GitApi</name>
    <message>
        <source>%1 cannot be loaded</source>
        <translation>无法加载 %1</translation>
    </message>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 没有函数 %2</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>无法初始化 %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>颜色：%1</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>颜色：%1（%2）</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← 较好</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← 较差</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>较差 →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>较好 →</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>type-checking only</source>
        <translation>仅用于类型检查</translation>
    </message>
    <message>
        <source>module in a cycle</source>
        <translation>循环中的模块</translation>
    </message>
    <message>
        <source>width: 1, 10, 100 import sites</source>
        <translation>线宽：1、10、100 处导入</translation>
    </message>
    <message>
        <source>(12)</source>
        <translation>(12)</translation>
    </message>
    <message>
        <source>a package of 12 modules</source>
        <translation>含 12 个模块的包</translation>
    </message>
    <message>
        <source>in a cycle: points down, like any import</source>
        <translation>循环中：与其他导入一样指向下方</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every cycle</source>
        <translation>在此切断：指向上方；切断这些导入即可打破所有循环</translation>
    </message>
    <message>
        <source>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</source>
        <translation>方框：本模块的函数和方法（或类）不带模块名显示，它们调用的和调用它们的则显示全名。方框位于其调用对象的上方。</translation>
    </message>
    <message>
        <source>call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>in a recursion: points down, like any call</source>
        <translation>递归中：与其他调用一样指向下方</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every recursion</source>
        <translation>在此切断：指向上方；切断这些调用即可打破所有递归</translation>
    </message>
    <message>
        <source>function in a recursion</source>
        <translation>递归中的函数</translation>
    </message>
    <message>
        <source>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</source>
        <translation>已展开的包：其模块位于框内，自成分层；双击名称可展开或收起</translation>
    </message>
    <message>
        <source>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</source>
        <translation>已由更长导入路径隐含的导入不予绘制；视图 &gt; 显示所有导入 可绘制全部导入。</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>自 %1 以来的变更</translation>
    </message>
    <message>
        <source>added module or package (+)</source>
        <translation>新增的模块或包 (+)</translation>
    </message>
    <message>
        <source>removed: a ghost where it was (−)</source>
        <translation>已删除：原位置的幽灵 (−)</translation>
    </message>
    <message>
        <source>in a new or grown cycle</source>
        <translation>位于新的或扩大的循环中</translation>
    </message>
    <message>
        <source>import added (+)</source>
        <translation>新增的导入 (+)</translation>
    </message>
    <message>
        <source>import removed (−)</source>
        <translation>已删除的导入 (−)</translation>
    </message>
    <message>
        <source>import of a new or grown cycle</source>
        <translation>新的或扩大的循环中的导入</translation>
    </message>
    <message>
        <source>modules added and removed inside a package</source>
        <translation>包内新增和删除的模块</translation>
    </message>
    <message>
        <source>+2 −1</source>
        <translation>+2 −1</translation>
    </message>
    <message>
        <source>too small to show one by one</source>
        <translation>太小而无法逐个显示</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>依赖矩阵</translation>
    </message>
    <message>
        <source>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</source>
        <translation>每一行和每一列都是一个包。一行导入其单元格被填充的那些列；单元格汇总各包中模块的导入位置。</translation>
    </message>
    <message>
        <source>A row&apos;s module imports the columns where its cells are filled.</source>
        <translation>一行的模块导入其单元格被填充的那些列。</translation>
    </message>
    <message>
        <source>Highest level first: imports that follow the layering lie right of the diagonal.</source>
        <translation>最高层级在前：遵循分层的导入位于对角线右侧。</translation>
    </message>
    <message>
        <source>import sites in a cell</source>
        <translation>单元格中的导入位置</translation>
    </message>
    <message>
        <source>left of the diagonal: against the layering, whatever its count</source>
        <translation>对角线左侧：违背分层，不论数量多少</translation>
    </message>
    <message>
        <source>modules in one import cycle</source>
        <translation>同一导入循环中的模块</translation>
    </message>
    <message>
        <source>packages in one cycle of package imports</source>
        <translation>同一包间导入循环中的包</translation>
    </message>
    <message>
        <source>the diagonal: imports inside a package, grey where there are none</source>
        <translation>对角线：包内的导入，没有导入时为灰色</translation>
    </message>
    <message>
        <source>the diagonal: a module and itself</source>
        <translation>对角线：模块与其自身</translation>
    </message>
    <message>
        <source>beside a name: its level (0 imports nothing of the project)</source>
        <translation>名称旁：其层级（0 表示不导入项目中的任何内容）</translation>
    </message>
    <message>
        <source>Colours of the tables</source>
        <translation>表格的颜色</translation>
    </message>
    <message>
        <source>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</source>
        <translation>只有需要注意的数字使用暖色；其他数字按大小浅色着色。将指针悬停在列标题上可查看它衡量的内容。</translation>
    </message>
    <message>
        <source>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</source>
        <translation>超出认知预算或指标的常用上限（LCOM4 大于 1）：</translation>
    </message>
    <message>
        <source>just over</source>
        <translation>略微超出</translation>
    </message>
    <message>
        <source>furthest over</source>
        <translation>超出最多</translation>
    </message>
    <message>
        <source>Other figures, within their column:</source>
        <translation>其他数字，在其所在列中：</translation>
    </message>
    <message>
        <source>least</source>
        <translation>最少</translation>
    </message>
    <message>
        <source>most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>a package shown as one box: its parts inside, in its colour</source>
        <translation>显示为一个框的包：其各部分在内，使用它的颜色</translation>
    </message>
    <message>
        <source>the focus: what the picture is around</source>
        <translation>焦点：此图围绕的对象</translation>
    </message>
</context>
<context>
    <name>MetricChoice</name>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Module cohesion</source>
        <translation>模块内聚度</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>关系内聚度</translation>
    </message>
    <message>
        <source>Instability</source>
        <translation>不稳定度</translation>
    </message>
    <message>
        <source>Abstractness</source>
        <translation>抽象度</translation>
    </message>
    <message>
        <source>Distance from the main sequence</source>
        <translation>与主序列的距离</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>被导入</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Highest complexity</source>
        <translation>最高复杂度</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>层</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>lines of code</source>
        <translation>代码行</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>items over</source>
        <translation>超出项</translation>
    </message>
    <message>
        <source>0 imports nothing of the project; each level imports the one below.</source>
        <translation>第 0 层不导入项目中的任何内容；每一层导入其下一层。</translation>
    </message>
    <message>
        <source>Groups of top-level definitions that do not use each other; 1 is cohesive.</source>
        <translation>互不使用的顶层定义分组数；1 表示内聚。</translation>
    </message>
    <message>
        <source>(imports among members + 1) / members; under 1.5 the members barely relate.</source>
        <translation>（成员间导入数 + 1）/ 成员数；低于 1.5 表示成员之间几乎没有关联。</translation>
    </message>
    <message>
        <source>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</source>
        <translation>导入数 /（导入数 + 被导入数）：0 表示被他人依赖，1 表示依赖他人。</translation>
    </message>
    <message>
        <source>Abstract classes / classes.</source>
        <translation>抽象类数 / 类数。</translation>
    </message>
    <message>
        <source>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</source>
        <translation>|抽象度 + 不稳定度 - 1|：0 表示平衡，1 表示僵化或无用。</translation>
    </message>
    <message>
        <source>Project modules that import it.</source>
        <translation>导入它的项目模块。</translation>
    </message>
    <message>
        <source>Project modules it imports.</source>
        <translation>它导入的项目模块。</translation>
    </message>
    <message>
        <source>Source lines that are not blank or comments.</source>
        <translation>非空且非注释的源代码行数。</translation>
    </message>
    <message>
        <source>Cyclomatic complexity of its most complex function.</source>
        <translation>其最复杂函数的圈复杂度。</translation>
    </message>
    <message>
        <source>How far past the head budget it has grown.</source>
        <translation>超出认知预算的程度。</translation>
    </message>
    <message>
        <source>Class cohesion (LCOM4)</source>
        <translation>类内聚度（LCOM4）</translation>
    </message>
    <message>
        <source>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</source>
        <translation>其内聚度最低的类的 LCOM4：1 表示一个整体，2 或以上表示一个类中有互不相关的部分（4 及以上均为最深的红色）。</translation>
    </message>
    <message>
        <source>0 the foundation, high far above it</source>
        <translation>0 表示基础层，越高离基础层越远</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more unrelated parts</source>
        <translation>1 表示内聚，2 或以上表示互不相关的部分</translation>
    </message>
    <message>
        <source>low: members barely relate</source>
        <translation>低：成员之间几乎没有关联</translation>
    </message>
    <message>
        <source>0 depended upon, 1 depends on others</source>
        <translation>0 表示被他人依赖，1 表示依赖他人</translation>
    </message>
    <message>
        <source>0 concrete, 1 abstract</source>
        <translation>0 表示具体，1 表示抽象</translation>
    </message>
    <message>
        <source>0 balanced, 1 rigid or useless</source>
        <translation>0 表示平衡，1 表示僵化或无用</translation>
    </message>
    <message>
        <source>high: many modules import it</source>
        <translation>高：被许多模块导入</translation>
    </message>
    <message>
        <source>high: it imports many modules</source>
        <translation>高：导入许多模块</translation>
    </message>
    <message>
        <source>high: large</source>
        <translation>高：规模大</translation>
    </message>
    <message>
        <source>over %1: hard to test</source>
        <translation>超过 %1：难以测试</translation>
    </message>
    <message>
        <source>0 within the budget, high far over it</source>
        <translation>0 表示在预算内，越高超出越多</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more a class of unrelated parts</source>
        <translation>1 表示内聚，2 或以上表示类由互不相关的部分组成</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>颜色：%1（%2）</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>变更频度</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>次提交</translation>
    </message>
    <message>
        <source>commits × paths</source>
        <translation>提交 × 路径</translation>
    </message>
    <message>
        <source>Commits that changed its files in the churn window (git, first parents).</source>
        <translation>在 churn 时间窗内改动其文件的提交（git，仅第一父提交）。</translation>
    </message>
    <message>
        <source>Churn times the summed complexity of its functions: where frequent change meets complicated code.</source>
        <translation>churn 乘以其函数复杂度之和：频繁改动与复杂代码交汇之处。</translation>
    </message>
    <message>
        <source>high: changed often</source>
        <translation>高：经常改动</translation>
    </message>
    <message>
        <source>high: complex and changed often</source>
        <translation>高：复杂且经常改动</translation>
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
        <translation>图片为空。</translation>
    </message>
    <message>
        <source>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</source>
        <translation>标签只有 %1 pt，低于此尺寸下保持可读所需的 %2 pt：图片太大。请少显示一些内容（按包显示或聚焦某个模块），或使用自然尺寸。</translation>
    </message>
    <message>
        <source>cannot paint the SVG</source>
        <translation>无法绘制 SVG</translation>
    </message>
    <message>
        <source>the image would be too large</source>
        <translation>图像会过大</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>无法编码 PNG</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>无法绘制 PDF</translation>
    </message>
    <message>
        <source>DOT is written from the graph, not painted</source>
        <translation>DOT 是根据图写出的，而不是绘制的</translation>
    </message>
    <message>
        <source>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</source>
        <translation>图片为 %1 x %2 px：许多查看器无法打开边长超过 %3 px 的图片。请使用 slide 或 a4 预设，或少显示一些内容（按包显示或聚焦某个模块）。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</source>
        <translation>绘制需要 QApplication；没有显示器时请使用 QT_QPA_PLATFORM=offscreen 运行</translation>
    </message>
    <message>
        <source>%1: import graph, %2 modules, %3 import edges shown</source>
        <translation>%1：导入关系图，显示 %2 个模块、%3 条导入边</translation>
    </message>
    <message numerus="yes">
        <source>Levels from the foundation (level 0) at the bottom upwards; %n level(s) deep.</source>
        <translation>
            <numerusform>层级从底部的基础层（第 0 层）向上排列；共 %n 层。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalk</name>
    <message>
        <source>Depth: %1 levels against a budget of %2</source>
        <translation>深度：%1 层，预算为 %2</translation>
    </message>
    <message>
        <source>Least cohesive class: %1 holds %2 unrelated parts</source>
        <translation>内聚度最低的类：%1 包含 %2 个互不相关的部分</translation>
    </message>
    <message>
        <source>Every class is cohesive</source>
        <translation>所有类都是内聚的</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget</source>
        <translation>
            <numerusform>%n 项超出认知预算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it</source>
        <translation>
            <numerusform>循环 %1/%2（%3 个成员）：%4；切断 %n 个导入即可打破</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Cycle %1 (%n module(s)): </source>
        <translation>
            <numerusform>循环 %1（%n 个模块）: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2 (%3)</source>
        <translation>%1 导入 %2（%3）</translation>
    </message>
    <message>
        <source>  cut to break it: %1</source>
        <translation>  切断以打破循环：%1</translation>
    </message>
    <message>
        <source>  cut to break it (near-smallest, found by heuristic): %1</source>
        <translation>  切断以打破循环（启发式求得，接近最小）：%1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 的%3为 %2，超出预算 %5 达 %4</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): kept</source>
        <translation>契约“%1”（%2）：已遵守</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; (%2): BROKEN by %n import chain(s)</source>
        <translation>
            <numerusform>契约“%1”（%2）：被 %n 条导入链违反</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</source>
        <translation>契约“%1”：Headroom 不检查“%2”类型</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): invalid, %3 is missing</source>
        <translation>契约“%1”（%2）：无效，缺少 %3</translation>
    </message>
    <message>
        <source>  %1 must not import %2: %3</source>
        <translation>  %1 不得导入 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Headroom review of %1: %n file(s)</source>
        <translation>
            <numerusform>%1 的 Headroom 评审：%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth: %1 levels (budget %2)</source>
        <translation>深度：%1 层（预算 %2）</translation>
    </message>
    <message>
        <source>Longest import chain: %1</source>
        <translation>最长导入链：%1</translation>
    </message>
    <message>
        <source>No import cycles.</source>
        <translation>没有导入循环。</translation>
    </message>
    <message numerus="yes">
        <source>%n import cycle(s):</source>
        <translation>
            <numerusform>%n 个导入循环：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class is cohesive (LCOM4 of 1 or less).</source>
        <translation>所有类都是内聚的（LCOM4 不超过 1）。</translation>
    </message>
    <message>
        <source>Classes that hold several unrelated parts (LCOM4):</source>
        <translation>包含多个互不相关部分的类（LCOM4）：</translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion %4%</source>
        <translation>  %1：%2 个部分，%3 个方法，内聚度 %4%</translation>
    </message>
    <message>
        <source>Nothing has grown past the head budget.</source>
        <translation>没有任何内容超出认知预算。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget:</source>
        <translation>
            <numerusform>%n 项超出认知预算：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import-linter contracts (%1):</source>
        <translation>import-linter 契约（%1）：</translation>
    </message>
    <message>
        <source>Coupling: average component dependency %1, propagation cost %2%</source>
        <translation>耦合度：平均组件依赖度 %1，传播成本 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) above level %1, the budget:</source>
        <translation>
            <numerusform>%n 个模块高于预算层级 %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be read as written; defaults stand in for them:</source>
        <translation>
            <numerusform>%n 项设置无法按所写内容读取；改用默认值：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s), listed on standard error.</source>
        <translation>
            <numerusform>%n 个文件问题，已列在标准错误输出中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more cycle(s)</source>
        <translation>
            <numerusform>另有 %n 个循环</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</source>
        <translation>  %1：%2 个部分，%3 个方法，内聚度不适用（无实例属性）</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more class(es)</source>
        <translation>
            <numerusform>  另有 %n 个类</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more item(s)</source>
        <translation>
            <numerusform>  另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    and %n more chain(s)</source>
        <translation>
            <numerusform>    另有 %n 条导入链</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it:</source>
        <translation>
            <numerusform>  切断以下 %n 个导入即可打破它：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it (near-smallest, found by heuristic):</source>
        <translation>
            <numerusform>  切断以下 %n 个导入即可打破它（近似最小，启发式求得）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of several methods</source>
        <translation>
            <numerusform>%n 个由多个方法组成的部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) alone</source>
        <translation>
            <numerusform>%n 个孤立方法</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStateText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>not a Headroom saved view</source>
        <translation>不是 Headroom 保存的视图</translation>
    </message>
    <message>
        <source>saved by a newer Headroom</source>
        <translation>由更新版本的 Headroom 保存</translation>
    </message>
    <message>
        <source>unknown import kind in shown_import_kinds</source>
        <translation>shown_import_kinds 中有未知的导入类型</translation>
    </message>
    <message>
        <source>no project folder</source>
        <translation>没有项目文件夹</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>the file name must end in .svg, .png, .pdf or .dot</source>
        <translation>文件名必须以 .svg、.png、.pdf 或 .dot 结尾</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>导入关系图</translation>
    </message>
    <message>
        <source>Dependency structure matrix</source>
        <translation>依赖结构矩阵</translation>
    </message>
    <message>
        <source>Cohesion treemap</source>
        <translation>内聚度矩形树图</translation>
    </message>
    <message>
        <source>only the graph exports to DOT</source>
        <translation>只有图可以导出为 DOT</translation>
    </message>
    <message>
        <source>Treemap · %1</source>
        <translation>矩形树图 · %1</translation>
    </message>
</context>
<context>
    <name>headroom::AnalysisController</name>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so it has no revision %2.</source>
        <translation>%1 不在 git 仓库中，因此没有修订 %2。</translation>
    </message>
    <message>
        <source>The repository of %1 has no revision %2 (%3).</source>
        <translation>%1 的仓库没有修订 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 did not exist at revision %2.</source>
        <translation>%1 在修订 %2 中不存在。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 holds no Python files to compare with.</source>
        <translation>%2 的修订 %1 中没有可比较的 Python 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not JSON.</source>
        <translation>%1 不是 JSON。</translation>
    </message>
    <message>
        <source>%1 is not a JSON written by headroom analyze.</source>
        <translation>%1 不是 headroom analyze 写出的 JSON。</translation>
    </message>
    <message>
        <source>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</source>
        <translation>%1 描述的是包（深度 %2）；窗口比较的是模块：请用 &apos;headroom analyze FOLDER -o FILE&apos; 写出基线。</translation>
    </message>
</context>
<context>
    <name>headroom::CyclesPanel</name>
    <message>
        <source>Cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message numerus="yes">
        <source>cut %n import(s)</source>
        <translation>
            <numerusform>切断 %n 个导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>导入链</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 导入 %2</translation>
    </message>
    <message>
        <source>Imports to cut</source>
        <translation>需切断的导入</translation>
    </message>
    <message>
        <source>Imports to cut (heuristic)</source>
        <translation>需切断的导入（启发式）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>No import cycles</source>
        <translation>没有导入循环</translation>
    </message>
    <message>
        <source>Cut the suggested imports (what if)</source>
        <translation>切断建议的导入（假设）</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>切断此导入（假设）</translation>
    </message>
    <message>
        <source>Module cycles inside it</source>
        <translation>其中的模块循环</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1: %n member(s)</source>
        <translation>
            <numerusform>循环 %1：%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or Delete: cut the suggested imports (what if)</source>
        <translation>右键单击或按 Delete 键：切断建议的导入（假设）</translation>
    </message>
    <message numerus="yes">
        <source>%n import statement(s)</source>
        <translation>
            <numerusform>%n 条 import 语句</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::DetailsPanel</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>切断此导入（假设）</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>循环</translation>
    </message>
    <message numerus="yes">
        <source>in cycle %1 of %n module(s)</source>
        <translation>
            <numerusform>位于循环 %1（%n 个模块）中</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>被导入</translation>
    </message>
    <message>
        <source>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</source>
        <translation>此 import 背后没有调用、实例化、引用或基类（可能只读取值，或只是再导出）</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n call(s) or use(s)</source>
        <translation>
            <numerusform>被 %n 处调用或使用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>instantiation</source>
        <translation>实例化</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>decorator</source>
        <translation>装饰器</translation>
    </message>
    <message>
        <source>base class</source>
        <translation>基类</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>关系内聚度</translation>
    </message>
    <message>
        <source>Imports of several modules: open the package to see the calls behind each</source>
        <translation>多个模块的导入：展开该包即可查看每个导入背后的调用</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>导入位置</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>背后的内容</translation>
    </message>
    <message numerus="yes">
        <source>%n module import(s): open the packages to see the calls behind each</source>
        <translation>
            <numerusform>%n 个模块导入：展开这些包即可查看每个导入背后的调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message numerus="yes">
        <source>package of %n module(s) in this picture (%1)</source>
        <translation>
            <numerusform>此图片（%1）中含 %n 个模块的包</numerusform>
        </translation>
    </message>
    <message>
        <source>inside %1 in this picture; figures of the module alone</source>
        <translation>在此图片中位于 %1 内；数值仅针对该模块本身</translation>
    </message>
    <message>
        <source>Row in this picture</source>
        <translation>在此图片中所在的行</translation>
    </message>
    <message>
        <source>layer %1 (0 at the bottom)</source>
        <translation>第 %1 层（0 为最底层）</translation>
    </message>
    <message>
        <source>The row the box sits on: what it imports is below it</source>
        <translation>方框所在的行：它导入的内容位于其下方</translation>
    </message>
    <message>
        <source>The calls behind this import are listed once they are resolved</source>
        <translation>此导入背后的调用将在解析完成后列出</translation>
    </message>
    <message>
        <source>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</source>
        <translation>选择图中的方框或箭头、矩阵中的单元格、表格或面板中的一行：其数值、导入和导入方会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>in a module cycle of %n module(s)</source>
        <translation>
            <numerusform>位于一个模块循环（%n 个模块）中</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类</translation>
    </message>
    <message>
        <source>%1 in this picture</source>
        <translation>此图中的 %1</translation>
    </message>
    <message>
        <source>Lines of code</source>
        <translation>代码行数</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s): %1</source>
        <translation>
            <numerusform>%n 个方法：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>sharing %1</source>
        <translation>共享 %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>部分 %1</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>更多部分</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) of several methods</source>
        <translation>
            <numerusform>另有 %n 个由多个方法组成的部分</numerusform>
        </translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>孤立</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) linked to no other: %1</source>
        <translation>
            <numerusform>%n 个与其他方法无关联的方法：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each a part of its own: it calls no other method of the class and shares no attribute with one</source>
        <translation>各自成为一个部分：不调用该类的其他方法，也不与其共享属性</translation>
    </message>
    <message>
        <source>Attribute share</source>
        <translation>属性占比</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The share of the instance attributes a method uses, averaged over its methods</source>
        <translation>方法所用实例属性的占比，按其所有方法取平均</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>抽象</translation>
    </message>
    <message>
        <source>yes (an ABC or Protocol base, or an abstract method)</source>
        <translation>是（ABC 或 Protocol 基类，或抽象方法）</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>使用方</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules whose code calls, instantiates, references, decorates with or derives from the class or one of its methods</source>
        <translation>其代码调用、实例化、引用、用作装饰器或继承该类或其某个方法的模块</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n use(s))</source>
        <translation>
            <numerusform>%1（使用 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>kept</source>
        <translation>已遵守</translation>
    </message>
    <message numerus="yes">
        <source>broken by %n chain(s)</source>
        <translation>
            <numerusform>被 %n 条导入链违反</numerusform>
        </translation>
    </message>
    <message>
        <source>type %1 not checked</source>
        <translation>未检查 %1 类型</translation>
    </message>
    <message>
        <source>invalid: %1 missing</source>
        <translation>无效：缺少 %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Over the head budget (%1)</source>
        <translation>超出认知预算（%1）</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Import-linter contracts (%1)</source>
        <translation>import-linter 契约（%1）</translation>
    </message>
    <message>
        <source>%1 must not import %2</source>
        <translation>%1 不得导入 %2</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 导入 %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 的%3为 %2，超出预算 %5 达 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>第 %1 层</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: double-click its name to close it</source>
        <translation>%1：双击其名称可收起</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>切断此导入（假设）</translation>
    </message>
    <message>
        <source>Show its sites and calls</source>
        <translation>显示其导入位置和调用</translation>
    </message>
    <message>
        <source>Why does %1 import %2?</source>
        <translation>%1 为什么导入 %2？</translation>
    </message>
</context>
<context>
    <name>headroom::LegendPanel</name>
    <message>
        <source>No legend for this view.</source>
        <translation>此视图没有图例。</translation>
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
        <translation>图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>矩形树图(&amp;T)</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>表格(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>正在分析 %1...</translation>
    </message>
    <message>
        <source>Finding Python files...</source>
        <translation>正在查找 Python 文件...</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files...</source>
        <translation>正在解析文件 %1/%2...</translation>
    </message>
    <message>
        <source>Resolving imports...</source>
        <translation>正在定位导入的模块...</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>正在计算指标...</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>%1 holds no Python files.</source>
        <translation>%1 中没有 Python 文件。</translation>
    </message>
    <message>
        <source>%1 could not be analysed.</source>
        <translation>无法分析 %1。</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假设切断</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>粒度：</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Packages, depth %1</source>
        <translation>包，深度 %1</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>聚焦</translation>
    </message>
    <message>
        <source>Show only the selected module and its neighbours</source>
        <translation>只显示所选模块及其相邻模块</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>跳数: </translation>
    </message>
    <message>
        <source>Find a module (Ctrl+F)</source>
        <translation>查找模块 (Ctrl+F)</translation>
    </message>
    <message>
        <source>No module named %1.</source>
        <translation>没有名为 %1 的模块。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save View...</source>
        <translation>保存视图(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json)</source>
        <translation>Headroom 视图 (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <source>Open &amp;View...</source>
        <translation>打开视图(&amp;V)...</translation>
    </message>
    <message>
        <source>Open a saved view</source>
        <translation>打开已保存的视图</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json *.json)</source>
        <translation>Headroom 视图 (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the view</source>
        <translation>无法打开视图</translation>
    </message>
    <message>
        <source>&amp;Export Picture...</source>
        <translation>导出图片(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Hide &amp;Type-Checking Imports</source>
        <translation>隐藏类型检查导入(&amp;T)</translation>
    </message>
    <message>
        <source>Hide Function-&amp;Local Imports</source>
        <translation>隐藏函数内的局部导入(&amp;L)</translation>
    </message>
    <message>
        <source>Hide &amp;Conditional Imports</source>
        <translation>隐藏条件导入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Next Review Step</source>
        <translation>下一个评审步骤</translation>
    </message>
    <message>
        <source>Previous Review Step</source>
        <translation>上一个评审步骤</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>重新分析(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Open a Python project</source>
        <translation>打开 Python 项目</translation>
    </message>
    <message>
        <source>%1 - Headroom</source>
        <translation>%1 - Headroom</translation>
    </message>
    <message>
        <source>Remove the import of %1 from %2 (%3)</source>
        <translation>从 %2 中移除对 %1 的导入（%3）</translation>
    </message>
    <message>
        <source>Activate to put this import back</source>
        <translation>激活以恢复此导入</translation>
    </message>
    <message>
        <source>No imports cut. Right-click an import in Details to see what cutting it would do.</source>
        <translation>尚未切断任何导入。在“详情”中右键单击某个导入，即可查看切断它的效果。</translation>
    </message>
    <message>
        <source>Layout problem: %1</source>
        <translation>布局问题：%1</translation>
    </message>
    <message>
        <source>Why does A depend on B?</source>
        <translation>A 为何依赖 B？</translation>
    </message>
    <message>
        <source>Module A:</source>
        <translation>模块 A：</translation>
    </message>
    <message>
        <source>Module B:</source>
        <translation>模块 B：</translation>
    </message>
    <message>
        <source>%1 does not import %2, directly or through other modules.</source>
        <translation>%1 既不直接导入 %2，也不通过其他模块间接导入。</translation>
    </message>
    <message>
        <source>there is no picture to export yet</source>
        <translation>还没有可导出的图片</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;幻灯片 SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</source>
        <translation>第 %1/%2 步：%3（Page Down：下一步，Page Up：上一步，F11：退出）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1：%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>深度 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n 个循环</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over budget</source>
        <translation>
            <numerusform>%n 项超出预算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language changes when Headroom starts again.</source>
        <translation>语言将在下次启动 Headroom 时切换。</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Select a module to see its classes or functions.</source>
        <translation>请选择一个模块以查看其类或函数。</translation>
    </message>
    <message>
        <source>Classes of the selected module</source>
        <translation>所选模块的类</translation>
    </message>
    <message>
        <source>Functions of the selected module</source>
        <translation>所选模块的函数</translation>
    </message>
    <message>
        <source>Resolving calls...</source>
        <translation>正在解析调用...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Structure (fits the head budget)</source>
        <translation>结构（符合认知预算）</translation>
    </message>
    <message>
        <source>Show &amp;Every Import</source>
        <translation>显示所有导入(&amp;E)</translation>
    </message>
    <message>
        <source>Structure maps draw only the imports that no other path implies; show all</source>
        <translation>结构图只绘制不被其他路径隐含的导入；显示全部</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>&amp;Undo Cut</source>
        <translation>撤销切断(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>this picture (%1): depth %2, %n cycle(s)</source>
        <translation>
            <numerusform>此图片（%1）：深度 %2，%n 个循环</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %2: the shortest import chain, %n import(s)</source>
        <translation>
            <numerusform>%1 依赖 %2：最短导入链，共 %n 个导入</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 导入 %2</translation>
    </message>
    <message>
        <source>Find &amp;Module</source>
        <translation>查找模块(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Why Does A Depend on B?...</source>
        <translation>A 为什么依赖 B(&amp;W)...</translation>
    </message>
    <message>
        <source>C&amp;lear the What-If Cuts</source>
        <translation>清除假设切断(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;do Cut</source>
        <translation>重做切断(&amp;D)</translation>
    </message>
    <message>
        <source>Re-analyse When &amp;Files Change</source>
        <translation>文件更改时重新分析(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 around %2, %n import(s) away</source>
        <translation>
            <numerusform>%1，围绕 %2，%n 次导入以内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not import %2 in this picture.</source>
        <translation>在此图中 %1 不导入 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2 through %n module import(s)</source>
        <translation>
            <numerusform>%1 通过 %n 个模块导入来导入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Re&amp;vision...</source>
        <translation>与修订比较(&amp;V)...</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>与修订比较</translation>
    </message>
    <message>
        <source>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</source>
        <translation>要比较的 git 修订（HEAD~1、标签、分支、提交 ID）：</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline File...</source>
        <translation>与基线文件比较(&amp;B)...</translation>
    </message>
    <message>
        <source>Compare with Baseline File</source>
        <translation>与基线文件比较</translation>
    </message>
    <message>
        <source>Analysis JSON (headroom analyze) (*.json);;All files (*)</source>
        <translation>分析 JSON (headroom analyze) (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>停止比较(&amp;S)</translation>
    </message>
    <message>
        <source>Reading revision %1 to compare with...</source>
        <translation>正在读取修订 %1 以进行比较...</translation>
    </message>
    <message>
        <source>Reading %1 to compare with...</source>
        <translation>正在读取 %1 以进行比较...</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</source>
        <translation>%1 太大，无法在这台计算机的可用内存中分析。请打开其中一部分（子文件夹），或在命令行按包分析：headroom analyze --level package。</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files, under a minute left...</source>
        <translation>正在解析文件 %1/%2，剩余不到一分钟...</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %1 of %2 files, about %n minute(s) left...</source>
        <translation>
            <numerusform>正在解析文件 %1/%2，剩余约 %n 分钟...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; resolving calls...</source>
        <translation>%1；正在解析调用...</translation>
    </message>
    <message>
        <source>Classes and functions are drawn once the calls are resolved.</source>
        <translation>调用解析完成后将绘制类和函数。</translation>
    </message>
    <message numerus="yes">
        <source>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</source>
        <translation>
            <numerusform>；共 %n 个方框，没有可折叠进去的包：矩阵标签页或聚焦更便于阅读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MatrixScene</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>%1 does not import %2</source>
        <translation>%1 未导入 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2: %n site(s)</source>
        <translation>
            <numerusform>%1 导入 %2：%n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the layering (a cycle)</source>
        <translation>违背分层（存在循环）</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(own modules)</source>
        <translation>（直属模块）</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated: each row and column is a package (%n row(s) for %1 modules); a cell sums the import sites of its packages&apos; modules.</source>
        <translation>
            <numerusform>已聚合：每行和每列都是一个包（%1 个模块合为 %n 行）；单元格汇总其所属包中各模块的导入处数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix shows %n package(s) instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</source>
        <translation>
            <numerusform>矩阵显示 %n 个包而不是 %1 个模块，以便其单元格和标签在页面上保持可读（natural 预设会显示所有模块）</numerusform>
        </translation>
    </message>
    <message>
        <source>Summed over the packages&apos; modules: %1 in the row, %2 in the column</source>
        <translation>对各包的模块求和：行中 %1 个模块，列中 %2 个模块</translation>
    </message>
</context>
<context>
    <name>headroom::MatrixView</name>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MetricsTableModel</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>File and line of its definition.</source>
        <translation>其定义所在的文件和行。</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
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
        <translation>在同一深度的包之间的层级，0 表示不导入其中任何包；Ca、Ce 和 I 也只在这些包之间计算。</translation>
    </message>
    <message>
        <source>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</source>
        <translation>既不互相调用也不共享属性的方法分组数；1 表示内聚。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Dotted name of the package.</source>
        <translation>包的点分名称。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Direct members: its modules and subpackages.</source>
        <translation>直接成员：其模块和子包。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Python files in it and below it.</source>
        <translation>其中及其下级的 Python 文件。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>内聚度</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Import cycles among the modules inside it.</source>
        <translation>其内部模块之间的导入循环。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Dotted name; a package stands for its __init__.</source>
        <translation>点分名称；包代表其 __init__。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Source file, relative to the project.</source>
        <translation>源文件，相对于项目的路径。</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>The import cycle it is part of; empty when none.</source>
        <translation>它所属的导入循环；若没有则为空。</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Top-level functions and classes.</source>
        <translation>顶层函数和类。</translation>
    </message>
    <message>
        <source>Max CC</source>
        <translation>最大 CC</translation>
    </message>
    <message>
        <source>Mean CC</source>
        <translation>平均 CC</translation>
    </message>
    <message>
        <source>Mean cyclomatic complexity of its functions.</source>
        <translation>其函数的平均圈复杂度。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类</translation>
    </message>
    <message>
        <source>Module and qualified name of the class.</source>
        <translation>类所在的模块及其限定名。</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Methods defined in it, constructors included.</source>
        <translation>其中定义的方法，包括构造函数。</translation>
    </message>
    <message>
        <source>LCOM4</source>
        <translation>LCOM4</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>抽象</translation>
    </message>
    <message>
        <source>Derives from ABC or Protocol, or has an abstract method.</source>
        <translation>继承自 ABC 或 Protocol，或含有抽象方法。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Module and qualified name of the function.</source>
        <translation>函数所在的模块及其限定名。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method: defined directly in a class.</source>
        <translation>方法：直接在类中定义。</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>异步</translation>
    </message>
    <message>
        <source>Defined with async def.</source>
        <translation>用 async def 定义。</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>抽象</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>async</source>
        <translation>异步</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Share of the instance attributes a method uses; n/a for a class without instance attributes or without methods besides its constructors.</source>
        <translation>单个方法使用的实例属性所占比例；没有实例属性或除构造函数外没有方法的类为“不适用”。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>变更频度</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
</context>
<context>
    <name>headroom::ModuleTreeModel</name>
    <message>
        <source>package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>namespace package</source>
        <translation>命名空间包</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>被导入</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>headroom::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>headroom::SourceView</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>headroom::TablesPane</name>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Only over budget</source>
        <translation>仅显示超出预算的</translation>
    </message>
    <message>
        <source>Only in cycles</source>
        <translation>仅显示循环中的</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Select a row to see all its figures here.</source>
        <translation>选择一行即可在此查看其全部数值。</translation>
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
        <translation>包（正在度量...）</translation>
    </message>
    <message>
        <source>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</source>
        <translation>正在将每个包作为其深度上各包中的一个单元进行度量（层级、耦合、循环）...</translation>
    </message>
</context>
<context>
    <name>headroom::TreemapScene</name>
    <message numerus="yes">
        <source>%n line(s) of code</source>
        <translation>
            <numerusform>%n 行代码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LCOM4: %1 (%n method(s))</source>
        <translation>
            <numerusform>LCOM4：%1（%n 个方法）</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</source>
        <translation>颜色：模块按部分数，类按 LCOM4（1 表示内聚，2 或以上表示互不相关的部分）</translation>
    </message>
    <message>
        <source>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</source>
        <translation>颜色：类内聚度（LCOM4），模块按其内聚度最低的类着色（1 表示内聚，2 或以上表示类由互不相关的部分组成）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more class(es)</source>
        <translation>
            <numerusform>另外 %Ln 个类</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more module(s)</source>
        <translation>
            <numerusform>另外 %Ln 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) too small to show one by one</source>
        <translation>
            <numerusform>%Ln 个类太小，无法逐个显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) too small to show one by one</source>
        <translation>
            <numerusform>%Ln 个模块太小，无法逐个显示</numerusform>
        </translation>
    </message>
    <message>
        <source>outside classes</source>
        <translation>类之外</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of code outside classes</source>
        <translation>
            <numerusform>类之外的 %n 行代码</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst class LCOM4: %1</source>
        <translation>最差类的 LCOM4：%1</translation>
    </message>
    <message>
        <source>A part of %1, which this picture shows as one box</source>
        <translation>%1 的一部分（此图将其显示为一个框）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrote screenshots to %1</source>
        <translation>已将屏幕截图写入 %1</translation>
    </message>
</context>
</TS>

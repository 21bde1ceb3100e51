<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChangeStyle</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
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
        <translation>%1: 追加</translation>
    </message>
    <message>
        <source>%1: removed (a ghost of the earlier state)</source>
        <translation>%1: 削除（以前の状態の名残）</translation>
    </message>
    <message>
        <source>%1; in a new or grown cycle</source>
        <translation>%1、新しいまたは拡大した循環内</translation>
    </message>
    <message>
        <source>%1 → %2: removed</source>
        <translation>%1 → %2: 削除</translation>
    </message>
    <message numerus="yes">
        <source>%n import site(s)</source>
        <translation>
            <numerusform>インポート箇所 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; added</source>
        <translation>%1、追加</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>FAIL depth: %1 levels, %2 allowed</source>
        <translation>FAIL 深さ: %1 階層、許容 %2 階層</translation>
    </message>
    <message>
        <source>  longest import chain: %1</source>
        <translation>  最長のインポート連鎖: %1</translation>
    </message>
    <message>
        <source>ok   depth: %1 levels</source>
        <translation>ok   深さ: %1 階層</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed.</source>
        <translation>
            <numerusform>%n 件のルールが不合格です。</numerusform>
        </translation>
    </message>
    <message>
        <source>All rules pass.</source>
        <translation>すべてのルールに合格しました。</translation>
    </message>
    <message numerus="yes">
        <source>FAIL cycles: %n import cycle(s), %1 allowed</source>
        <translation>
            <numerusform>FAIL 循環: インポートの循環 %n 個、許容 %1 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   cycles: %n</source>
        <translation>
            <numerusform>ok   循環: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL contracts: %1 of %n broken or invalid</source>
        <translation>
            <numerusform>FAIL 契約: %n 件中 %1 件が違反または無効</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %n kept</source>
        <translation>
            <numerusform>ok   契約: %n 件すべて遵守</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL budget: %n item(s) over the head budget, %1 allowed</source>
        <translation>
            <numerusform>FAIL 予算: 認知予算を超えた項目 %n 件、許容 %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   budget: %n item(s) over the head budget</source>
        <translation>
            <numerusform>ok   予算: 認知予算を超えた項目 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAIL configuration: %n setting(s) could not be read as written</source>
        <translation>
            <numerusform>FAIL 設定: %n 個の設定を書かれたとおりに読めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Readable configuration</source>
        <translation>読み取れる設定</translation>
    </message>
    <message>
        <source>Fails when a setting of pyproject.toml or of the import-linter configuration could not be read as written (a value of the wrong type, a misspelt key, a file that does not parse): rules read from defaults would pass or fail for the wrong reason.</source>
        <translation>pyproject.toml または import-linter の設定が書かれたとおりに読み取れなかったとき (型の違う値、綴りの誤ったキー、読み取れないファイル) に失敗します。既定値で読んだルールは誤った理由で成功または失敗するためです。</translation>
    </message>
    <message>
        <source>Import cycles</source>
        <translation>インポートの循環</translation>
    </message>
    <message>
        <source>Fails when there are more import cycles than allowed (max_cycles under [tool.headroom.check], or --max-cycles; 0 by default, -1 for any). Each cycle is shown as a chain of imports, with the imports to cut to break it.</source>
        <translation>許可された数より多くのインポートの循環があるときに失敗します ([tool.headroom.check] の max_cycles、または --max-cycles。既定は 0、-1 で無制限)。各循環はインポートの連鎖として、断ち切るために削るインポートとともに示されます。</translation>
    </message>
    <message>
        <source>Import depth</source>
        <translation>インポートの深さ</translation>
    </message>
    <message>
        <source>Fails when the project has more levels of imports than allowed (max_depth under [tool.headroom.check], or --max-depth; the head budget&apos;s depth by default, -1 to switch the rule off). The longest import chain shows where the levels come from.</source>
        <translation>プロジェクトのインポートの階層が許可された数より多いときに失敗します ([tool.headroom.check] の max_depth、または --max-depth。既定は認知予算の深さ、-1 でルールを無効化)。最長のインポート連鎖が階層の由来を示します。</translation>
    </message>
    <message>
        <source>Import-linter contracts</source>
        <translation>import-linter の契約</translation>
    </message>
    <message>
        <source>Fails when an import-linter contract (layers, forbidden, independence) is broken or invalid. Each violation is a chain of imports with their sites. Switched off by contracts = false under [tool.headroom.check], or --no-contracts.</source>
        <translation>import-linter の契約 (layers、forbidden、independence) が違反または無効のときに失敗します。各違反はインポートの連鎖とその箇所で示されます。[tool.headroom.check] の contracts = false、または --no-contracts で無効になります。</translation>
    </message>
    <message>
        <source>Head budget</source>
        <translation>認知予算</translation>
    </message>
    <message>
        <source>Fails when more items are over the head budget than allowed (max_findings under [tool.headroom.check], or --max-findings; any by default): packages with too many members, modules with too many definitions or imports, classes with too many methods, too many levels.</source>
        <translation>認知予算を超えた項目が許可された数より多いときに失敗します ([tool.headroom.check] の max_findings、または --max-findings。既定は無制限)。メンバーが多すぎるパッケージ、定義やインポートが多すぎるモジュール、メソッドが多すぎるクラス、多すぎる階層です。</translation>
    </message>
    <message>
        <source> (known)</source>
        <translation> (既知)</translation>
    </message>
    <message numerus="yes">
        <source>ok   contracts: %1 of %n broken or invalid, as in the baseline</source>
        <translation>
            <numerusform>ok   契約: %n 件中 %1 件が違反または無効 (ベースラインと同じ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>headroom: %1 does not exist</source>
        <translation>headroom: %1 は存在しません</translation>
    </message>
    <message>
        <source>headroom: %1 is a file; give the project&apos;s folder</source>
        <translation>headroom: %1 はファイルです。プロジェクトのフォルダーを指定してください</translation>
    </message>
    <message>
        <source>headroom: %1 holds no Python files</source>
        <translation>headroom: %1 には Python ファイルがありません</translation>
    </message>
    <message>
        <source>headroom: analysis cancelled</source>
        <translation>headroom: 解析を中止しました</translation>
    </message>
    <message numerus="yes">
        <source>headroom: %n more problem(s) not shown</source>
        <translation>
            <numerusform>headroom: ほかに %n 件の問題は表示していません</numerusform>
        </translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>パッケージの深さ: 残すドット区切りの要素数 (既定値 1)。</translation>
    </message>
    <message>
        <source>Leave out stdlib and third-party modules.</source>
        <translation>標準ライブラリとサードパーティのモジュールを除外します。</translation>
    </message>
    <message>
        <source>The head budget for every check (default 7, or pyproject.toml).</source>
        <translation>各チェックの認知予算 (既定値 7、または pyproject.toml の値)。</translation>
    </message>
    <message>
        <source>Import kinds that make cycles and levels, comma-separated: runtime, function-local, conditional, type-checking (default: all but type-checking).</source>
        <translation>循環と階層を作るインポートの種類 (カンマ区切り): runtime, function-local, conditional, type-checking (既定値: type-checking 以外のすべて)。</translation>
    </message>
    <message>
        <source>headroom: --depth takes a whole number from 1</source>
        <translation>headroom: --depth には 1 以上の整数を指定します</translation>
    </message>
    <message>
        <source>headroom: unknown level &apos;%1&apos; (module or package)</source>
        <translation>headroom: 不明な粒度 &apos;%1&apos; (module または package)</translation>
    </message>
    <message>
        <source>headroom: --budget takes a whole number from 1</source>
        <translation>headroom: --budget には 1 以上の整数を指定します</translation>
    </message>
    <message>
        <source>headroom: unknown import kind in &apos;%1&apos;</source>
        <translation>headroom: &apos;%1&apos; に不明なインポートの種類があります</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>プロジェクトのフォルダー。</translation>
    </message>
    <message>
        <source>headroom: %1 takes one folder; see &apos;headroom %1 --help&apos;</source>
        <translation>headroom: %1 にはフォルダーを 1 つ指定します。&apos;headroom %1 --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Analyse a Python project and write its import graph with every metric.</source>
        <translation>Python プロジェクトを解析し、インポートグラフをすべての指標とともに書き出します。</translation>
    </message>
    <message>
        <source>Output format: json or dot.</source>
        <translation>出力形式: json または dot。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力ではなく FILE に書き出します。</translation>
    </message>
    <message>
        <source>Do not list problems on standard error.</source>
        <translation>問題を標準エラー出力に表示しません。</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (json or dot)</source>
        <translation>headroom: 不明な形式 &apos;%1&apos; (json または dot)</translation>
    </message>
    <message>
        <source>Print what a design reviewer reads first.</source>
        <translation>設計レビューで最初に読む内容を表示します。</translation>
    </message>
    <message>
        <source>Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags.</source>
        <translation>ルールに違反すると 0 以外の終了コードで終了します: インポートの循環、深さ、import-linter 契約の違反、認知予算の指摘。ルールは pyproject.toml の [tool.headroom.check] とこれらのオプションで指定します。</translation>
    </message>
    <message>
        <source>Import cycles allowed (default 0; -1: any).</source>
        <translation>許容するインポートの循環の数 (既定値 0、-1: 無制限)。</translation>
    </message>
    <message>
        <source>Levels allowed (default 0: the budget&apos;s depth; -1: any).</source>
        <translation>許容する階層数 (既定値 0: 予算の深さ、-1: 無制限)。</translation>
    </message>
    <message>
        <source>Head budget findings allowed (default: any).</source>
        <translation>許容する認知予算の指摘の数 (既定値: 無制限)。</translation>
    </message>
    <message>
        <source>Do not fail on import-linter contracts.</source>
        <translation>import-linter 契約の違反では失敗しません。</translation>
    </message>
    <message>
        <source>headroom: --%1 takes a whole number (-1 for any)</source>
        <translation>headroom: --%1 には整数を指定します (-1 で無制限)</translation>
    </message>
    <message>
        <source>Write an SVG report of a Python project.</source>
        <translation>Python プロジェクトの SVG レポートを書き出します。</translation>
    </message>
    <message>
        <source>The SVG file to write.</source>
        <translation>書き出す SVG ファイル。</translation>
    </message>
    <message>
        <source>headroom: report takes one folder; see &apos;headroom report --help&apos;</source>
        <translation>headroom: report にはフォルダーを 1 つ指定します。&apos;headroom report --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>headroom: cannot draw the report: %1</source>
        <translation>headroom: レポートを描画できません: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2</source>
        <translation>%1 のレポートを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Graph level: module or package (analyze also: function or class).</source>
        <translation>グラフの粒度: module または package (analyze では function、class も可)。</translation>
    </message>
    <message>
        <source>Skip Python files larger than this, as 5M or 800k (default 5M, or max_file_bytes in pyproject.toml).</source>
        <translation>これより大きい Python ファイルをスキップします。5M や 800k のように指定します (既定は 5M、または pyproject.toml の max_file_bytes)。</translation>
    </message>
    <message>
        <source>headroom: --max-file-size takes a size under 4G, as 5M, 800k or a number of bytes</source>
        <translation>headroom: --max-file-size には 4G 未満のサイズを 5M、800k、またはバイト数で指定します</translation>
    </message>
    <message>
        <source>headroom: error: %1</source>
        <translation>headroom: エラー: %1</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: 警告: %1</translation>
    </message>
    <message>
        <source>headroom: cannot write to standard output: %1</source>
        <translation>headroom: 標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>Report format: text, sarif (code scanning) or junit (CI test reports).</source>
        <translation>レポートの形式: text、sarif (コードスキャン) または junit (CI のテストレポート)。</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text, sarif or junit)</source>
        <translation>headroom: 不明な形式 &apos;%1&apos; (text、sarif または junit)</translation>
    </message>
    <message>
        <source>headroom: %1 is not in a git repository, so it has no revision %2</source>
        <translation>headroom: %1 は git リポジトリの中にないため、リビジョン %2 はありません</translation>
    </message>
    <message>
        <source>headroom: the repository of %1 has no revision %2 (%3)</source>
        <translation>headroom: %1 のリポジトリにリビジョン %2 はありません (%3)</translation>
    </message>
    <message>
        <source>headroom: %1 did not exist at revision %2</source>
        <translation>headroom: リビジョン %2 の時点で %1 は存在しませんでした</translation>
    </message>
    <message>
        <source>Analyse the project as git revision REV holds it (a commit, tag, branch or any revision expression), read from the repository: nothing is checked out.</source>
        <translation>git リビジョン REV の時点のプロジェクトを解析します (コミット、タグ、ブランチ、任意のリビジョン式)。リポジトリから直接読み、何もチェックアウトしません。</translation>
    </message>
    <message>
        <source>headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>headroom: --rev にはリビジョンを指定します (HEAD~1、v2.0、コミット ID など)</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than in FILE, a JSON written earlier by &apos;headroom analyze&apos;.</source>
        <translation>FILE (以前に &apos;headroom analyze&apos; が書き出した JSON) と比べて新しいもの・悪化したものだけで失敗します。</translation>
    </message>
    <message>
        <source>Fail only on what is new or worse than at git revision REV.</source>
        <translation>git リビジョン REV と比べて新しいもの・悪化したものだけで失敗します。</translation>
    </message>
    <message>
        <source>headroom: give --baseline or --baseline-rev, not both</source>
        <translation>headroom: --baseline と --baseline-rev はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>headroom: the baseline %1 was written at another level than this check&apos;s</source>
        <translation>headroom: ベースライン %1 はこのチェックとは別の粒度で書き出されています</translation>
    </message>
    <message>
        <source>headroom: cannot read the baseline %1: %2</source>
        <translation>headroom: ベースライン %1 を読めません: %2</translation>
    </message>
    <message>
        <source>Baseline: %1. What it had is marked (known) and does not fail.</source>
        <translation>ベースライン: %1。そこにあったものは (既知) と示され、失敗にはなりません。</translation>
    </message>
    <message>
        <source>Compare two states of a project: imports and modules added and removed, new, grown and broken cycles, levels, head budget findings and contract violations.</source>
        <translation>プロジェクトの 2 つの状態を比較します: 追加・削除されたインポートとモジュール、新たな・拡大した・解消した循環、レベル、ヘッドバジェットの指摘、契約違反。</translation>
    </message>
    <message>
        <source>The earlier state: a git revision.</source>
        <translation>前の状態: git リビジョン。</translation>
    </message>
    <message>
        <source>The later state: a git revision (default: the work tree as it is).</source>
        <translation>後の状態: git リビジョン (既定: 現在の作業ツリー)。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>headroom: unknown format &apos;%1&apos; (text or json)</source>
        <translation>headroom: 不明な形式 &apos;%1&apos; (text または json)</translation>
    </message>
    <message>
        <source>headroom: diff compares --from REV with --to REV or the work tree; see &apos;headroom diff --help&apos;</source>
        <translation>headroom: diff は --from REV を --to REV または作業ツリーと比較します。&apos;headroom diff --help&apos; を参照してください</translation>
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
        <translation>使い方: headroom [フォルダー]            プロジェクトをウィンドウで開く
        headroom analyze フォルダー ...  インポートグラフと指標を JSON または DOT で書き出す
        headroom summary フォルダー ...  設計レビューで最初に読む内容を表示する
        headroom check フォルダー ...    循環・深さ・契約・予算のいずれかが不合格なら失敗する
        headroom diff フォルダー --from REV ...  ある変更が構造に何をしたかを示す
        headroom export フォルダー ...   グラフ・マトリクス・ツリーマップを SVG、PNG、PDF、DOT で書き出す
        headroom report フォルダー ...   SVG レポートを書き出す
各コマンドのオプションは &apos;headroom コマンド --help&apos; で表示します。
</translation>
    </message>
    <message>
        <source>headroom: warning: churn not counted: %1</source>
        <translation>headroom: 警告: churn を数えられません: %1</translation>
    </message>
    <message>
        <source>headroom: warning: extracted facts not cached: %1</source>
        <translation>headroom: 警告: 抽出した情報はキャッシュされません: %1</translation>
    </message>
    <message>
        <source>Count the commits that touched each file in the last DAYS days (git, first parents): the metrics churn and hotspot (churn times complexity).</source>
        <translation>直近 DAYS 日間に各ファイルを変更したコミットを数えます (git、第一親のみ): 指標 churn と hotspot (churn × 複雑度)。</translation>
    </message>
    <message>
        <source>Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) alone.</source>
        <translation>すべてのファイルを解析し、抽出済みの情報のキャッシュ ($XDG_CACHE_HOME/headroom) を読み書きしません。</translation>
    </message>
    <message>
        <source>headroom: --churn takes a number of days from 1</source>
        <translation>headroom: --churn には 1 以上の日数を指定します</translation>
    </message>
    <message numerus="yes">
        <source>headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of memory, and %3 MB are available.</source>
        <translation>
            <numerusform>headroom: %n 個の Python ファイル (%1 MB) の解析には約 %2 MB のメモリが必要ですが、利用できるのは %3 MB です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse a part of the project (a sub-folder), or set the limit with --memory MB.</source>
        <translation>プロジェクトの一部 (サブフォルダー) を解析するか、--memory MB で上限を指定してください。</translation>
    </message>
    <message>
        <source>The package level takes about %1 MB: headroom analyze --level package --depth 2. Or analyse a part of the project, or set the limit with --memory MB.</source>
        <translation>パッケージ単位なら約 %1 MB で済みます: headroom analyze --level package --depth 2。またはプロジェクトの一部を解析するか、--memory MB で上限を指定してください。</translation>
    </message>
    <message>
        <source>Stop before analysing when the analysis would need more than MB megabytes (default: the memory available; 0: do not check).</source>
        <translation>解析に MB メガバイトを超えるメモリが必要なら、開始前に止めます (既定: 利用可能なメモリ; 0: 確認しない)。</translation>
    </message>
    <message>
        <source>headroom: --memory takes a number of megabytes, or 0</source>
        <translation>headroom: --memory にはメガバイト数か 0 を指定してください</translation>
    </message>
    <message>
        <source>headroom: cannot load the window and the drawing commands: %1</source>
        <translation>headroom: ウィンドウと描画コマンドを読み込めません: %1</translation>
    </message>
    <message>
        <source>Leave out the files and folders this path glob matches, relative to the project&apos;s folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to exclude in pyproject.toml.</source>
        <translation>プロジェクトのフォルダーからの相対パスでこのパターンに一致するファイルとフォルダーを除外します（pip/_vendor、migrations、*_pb2.py など）。複数回指定できます。pyproject.toml の exclude に追加されます。</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>cannot be read; skipped</source>
        <translation>読み込めません。スキップしました</translation>
    </message>
    <message>
        <source>cannot be read (%1); skipped</source>
        <translation>読み込めません (%1)。スキップしました</translation>
    </message>
    <message>
        <source>disappeared before it could be read; skipped</source>
        <translation>読み込む前に消えました。スキップしました</translation>
    </message>
    <message>
        <source>holds NUL bytes, so it is not Python source; skipped</source>
        <translation>NUL バイトを含むため Python のソースではありません。スキップしました</translation>
    </message>
    <message>
        <source>is not valid UTF-8; analysed anyway, some names may be garbled</source>
        <translation>有効な UTF-8 ではありません。解析はしましたが、一部の名前が文字化けしている可能性があります</translation>
    </message>
    <message>
        <source>is too large to analyse (%1 bytes); skipped</source>
        <translation>大きすぎて解析できません (%1 バイト)。スキップしました</translation>
    </message>
    <message>
        <source>has a syntax error; what could be recovered was analysed</source>
        <translation>構文エラーがあります。復元できた部分を解析しました</translation>
    </message>
    <message>
        <source>took too long to parse; skipped</source>
        <translation>構文解析に時間がかかりすぎました。スキップしました</translation>
    </message>
    <message>
        <source>imports %1, which is not a module of this project</source>
        <translation>このプロジェクトのモジュールではない %1 をインポートしています</translation>
    </message>
    <message>
        <source>names the same module as %1; that file is ignored</source>
        <translation>%1 と同じモジュールを指しています。このファイルは無視します</translation>
    </message>
    <message>
        <source>could not be read as configuration (%1)</source>
        <translation>設定として読み込めませんでした (%1)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>a print statement</source>
        <translation>print 文</translation>
    </message>
    <message>
        <source>an exec statement</source>
        <translation>exec 文</translation>
    </message>
    <message>
        <source>backticks</source>
        <translation>バッククォート</translation>
    </message>
    <message>
        <source>except with a comma</source>
        <translation>カンマ付きの except</translation>
    </message>
    <message>
        <source>raise with a comma</source>
        <translation>カンマ付きの raise</translation>
    </message>
    <message>
        <source>the &lt;&gt; operator</source>
        <translation>&lt;&gt; 演算子</translation>
    </message>
    <message>
        <source>an octal number without 0o</source>
        <translation>0o のない 8 進数</translation>
    </message>
    <message>
        <source>a long integer</source>
        <translation>long 整数</translation>
    </message>
    <message>
        <source>a ur string</source>
        <translation>ur 文字列</translation>
    </message>
    <message>
        <source>is %1, over the size limit of %2 (max_file_bytes); skipped</source>
        <translation>%1 あり、サイズ上限 %2 (max_file_bytes) を超えています。スキップしました</translation>
    </message>
    <message>
        <source>looks like Python 2 (%1); what could be recovered was analysed</source>
        <translation>Python 2 のようです (%1)。復元できた部分を解析しました</translation>
    </message>
    <message>
        <source>is a symbolic link to a place read already; not followed</source>
        <translation>既に読んだ場所へのシンボリックリンクです。たどりません</translation>
    </message>
    <message>
        <source>is a symbolic link that leaves the project (to %1); not followed</source>
        <translation>プロジェクトの外 (%1) へのシンボリックリンクです。たどりません</translation>
    </message>
    <message>
        <source>is a symbolic link in a loop of links; skipped</source>
        <translation>リンクのループの中のシンボリックリンクです。スキップしました</translation>
    </message>
    <message>
        <source>is a symbolic link to nothing (%1); skipped</source>
        <translation>何も指さないシンボリックリンクです (%1)。スキップしました</translation>
    </message>
    <message>
        <source>is a folder named like a Python file, which no import can reach; skipped with all it holds</source>
        <translation>Python ファイルのような名前のフォルダーで、どの import からも届きません。中身ごとスキップしました</translation>
    </message>
    <message>
        <source>is a named pipe, not a file; skipped</source>
        <translation>ファイルではなく名前付きパイプです。スキップしました</translation>
    </message>
    <message>
        <source>is a socket, not a file; skipped</source>
        <translation>ファイルではなくソケットです。スキップしました</translation>
    </message>
    <message>
        <source>is a device, not a file; skipped</source>
        <translation>ファイルではなくデバイスです。スキップしました</translation>
    </message>
    <message>
        <source>has a name that is not valid UTF-8 (%1); skipped</source>
        <translation>名前が正しい UTF-8 ではありません (%1)。スキップしました</translation>
    </message>
    <message numerus="yes">
        <source> (%n more left out by exclude)</source>
        <translation>
            <numerusform>（ほかに %n 件を exclude で除外）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <source> (was %1)</source>
        <translation> (以前: %1)</translation>
    </message>
    <message>
        <source>: %1, budget %2</source>
        <translation>: %1、予算 %2</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>作業ツリー</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>比較元 %1</translation>
    </message>
    <message>
        <source>to   %1</source>
        <translation>比較先 %1</translation>
    </message>
    <message>
        <source>No change to the structure.</source>
        <translation>構造に変化はありません。</translation>
    </message>
    <message>
        <source>Modules: %1 added, %2 removed</source>
        <translation>モジュール: %1 件追加、%2 件削除</translation>
    </message>
    <message>
        <source>Imports: %1 added, %2 removed</source>
        <translation>インポート: %1 件追加、%2 件削除</translation>
    </message>
    <message>
        <source>Depth: %1 levels, now %2</source>
        <translation>深さ: %1 レベル、現在 %2</translation>
    </message>
    <message>
        <source>New cycles: %1</source>
        <translation>新しい循環: %1</translation>
    </message>
    <message>
        <source>Grown cycles: %1</source>
        <translation>拡大した循環: %1</translation>
    </message>
    <message>
        <source>Broken cycles: %1</source>
        <translation>解消した循環: %1</translation>
    </message>
    <message>
        <source>Levels changed: %1</source>
        <translation>レベルが変わったモジュール: %1</translation>
    </message>
    <message>
        <source>Over the head budget: %1 added, %2 gone</source>
        <translation>ヘッドバジェット超過: %1 件追加、%2 件解消</translation>
    </message>
    <message>
        <source>Contracts: %1 new violations, %2 fixed</source>
        <translation>契約: 新しい違反 %1 件、修正 %2 件</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>headroom: export needs a QApplication (pictures are graphics scenes)</source>
        <translation>headroom: export には QApplication が必要です (図はグラフィックスシーンです)</translation>
    </message>
    <message>
        <source>headroom: cannot write %1: %2</source>
        <translation>headroom: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>headroom: warning: %1</source>
        <translation>headroom: 警告: %1</translation>
    </message>
    <message>
        <source>headroom: cannot draw the picture: %1</source>
        <translation>headroom: 図を描画できません: %1</translation>
    </message>
    <message>
        <source>Write a picture of a Python project&apos;s imports.</source>
        <translation>Python プロジェクトのインポートを図として書き出します。</translation>
    </message>
    <message>
        <source>The project&apos;s folder.</source>
        <translation>プロジェクトのフォルダー。</translation>
    </message>
    <message>
        <source>graph, matrix or treemap.</source>
        <translation>graph、matrix、treemap のいずれか。</translation>
    </message>
    <message>
        <source>What colours the nodes: %1.</source>
        <translation>ノードの色分けに使う指標: %1。</translation>
    </message>
    <message>
        <source>Package level: dotted components kept (default 1).</source>
        <translation>パッケージの深さ: 残すドット区切りの要素数 (既定値 1)。</translation>
    </message>
    <message>
        <source>Show only this module and its neighbourhood.</source>
        <translation>このモジュールとその近傍だけを表示します。</translation>
    </message>
    <message>
        <source>Imports away from the focus that are shown (default 1).</source>
        <translation>表示する範囲: フォーカスからのインポートの段数 (既定値 1)。</translation>
    </message>
    <message>
        <source>slide, a4 or natural.</source>
        <translation>slide、a4、natural のいずれか。</translation>
    </message>
    <message>
        <source>PNG pixels per picture pixel (default 1).</source>
        <translation>図の 1 ピクセルあたりの PNG ピクセル数 (既定値 1)。</translation>
    </message>
    <message>
        <source>The file to write: .svg, .png, .pdf or .dot.</source>
        <translation>書き出すファイル: .svg、.png、.pdf、.dot のいずれか。</translation>
    </message>
    <message>
        <source>export takes one folder; see &apos;headroom export --help&apos;</source>
        <translation>export にはフォルダーを 1 つ指定します。&apos;headroom export --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (graph, matrix or treemap)</source>
        <translation>不明なビュー &apos;%1&apos; (graph、matrix、treemap のいずれか)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; see &apos;headroom export --help&apos;</source>
        <translation>不明な指標 &apos;%1&apos;。&apos;headroom export --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>--depth takes a whole number from 1</source>
        <translation>--depth には 1 以上の整数を指定します</translation>
    </message>
    <message>
        <source>--hops takes a whole number from 0</source>
        <translation>--hops には 0 以上の整数を指定します</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slide, a4 or natural)</source>
        <translation>不明なプリセット &apos;%1&apos; (slide、a4、natural のいずれか)</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 8</source>
        <translation>--scale には 0.1 から 8 までの数値を指定します</translation>
    </message>
    <message>
        <source>say where to write the picture with -o FILE</source>
        <translation>-o FILE で図の書き出し先を指定してください</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: end it in .svg, .png, .pdf or .dot</source>
        <translation>%1 の形式を判別できません。名前の末尾を .svg、.png、.pdf、.dot のいずれかにしてください</translation>
    </message>
    <message>
        <source>only the graph view can be written as DOT</source>
        <translation>DOT で書き出せるのはグラフビューだけです</translation>
    </message>
    <message>
        <source>--focus applies to the graph view only</source>
        <translation>--focus はグラフビューにだけ適用されます</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>packages, depth %1</source>
        <translation>パッケージ、深さ %1</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>依存関係マトリクス</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>ツリーマップ</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>インポートグラフ</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 の%1 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>, around %1 (%n import(s) away)</source>
        <translation>
            <numerusform>、%1 の周辺 (インポート %n 段以内)</numerusform>
        </translation>
    </message>
    <message>
        <source>structure (packages opened until about 40 boxes show; the default), module or package.</source>
        <translation>structure (ボックスが 40 個ほどになるまでパッケージを開く。既定値)、module、package のいずれか。</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (structure, module or package)</source>
        <translation>不明な粒度 &apos;%1&apos; (structure、module、package のいずれか)</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>構造</translation>
    </message>
    <message>
        <source>%1 is not a module of %2</source>
        <translation>%1 は %2 のモジュールではありません</translation>
    </message>
    <message>
        <source>cannot lay out the graph: %1</source>
        <translation>グラフをレイアウトできません: %1</translation>
    </message>
    <message>
        <source>%1 nodes coloured by %2, imports pointing down to the foundation, cuts pointing up</source>
        <translation>ノード %1 個を %2 で色分け。インポートは下の土台へ向かい、切断するインポートは上向き</translation>
    </message>
    <message>
        <source>cannot draw the %1 view</source>
        <translation>%1 ビューを描画できません</translation>
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
        <translation>headroom: %1 はこのページでは読みやすく描画できません (ラベルが %2 pt)。代わりに収まる構造マップを描画します</translation>
    </message>
    <message>
        <source>module level</source>
        <translation>モジュール単位の図</translation>
    </message>
    <message>
        <source>package level %1</source>
        <translation>深さ %1 のパッケージ単位の図</translation>
    </message>
    <message>
        <source>Draw what changed since git revision REV: added modules and imports marked, removed ones as ghosts, new cycles highlighted.</source>
        <translation>git リビジョン REV 以降の変更を描画: 追加されたモジュールとインポートに印、削除されたものは残像、新しい循環を強調。</translation>
    </message>
    <message>
        <source>--since takes a revision, as HEAD~1, v2.0 or a commit id</source>
        <translation>--since にはリビジョンを指定します（HEAD~1、v2.0、コミット ID など）</translation>
    </message>
    <message>
        <source>--since applies to the graph view only</source>
        <translation>--since はグラフビューにのみ適用されます</translation>
    </message>
    <message>
        <source>Changes since %1 · %2</source>
        <translation>%1 以降の変更 · %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2 · %3</source>
        <translation>%1 から %2 までの変更 · %3</translation>
    </message>
    <message>
        <source>headroom: %1 is not a module of %2</source>
        <translation>headroom: %1 は %2 のモジュールではありません</translation>
    </message>
    <message>
        <source>headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a box of its own</source>
        <translation>headroom: %1 は深さ %3 では %2 の中にあります。独立した箱になる深さ %4 で描きます</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>package members</source>
        <translation>パッケージのメンバー</translation>
    </message>
    <message>
        <source>top-level definitions</source>
        <translation>トップレベル定義</translation>
    </message>
    <message>
        <source>imported project modules</source>
        <translation>インポートしているプロジェクト内モジュール</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>パッケージの規模</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>モジュールの規模</translation>
    </message>
    <message>
        <source>Fan-out</source>
        <translation>ファンアウト</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>クラスの規模</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深さ</translation>
    </message>
</context>
<context>
    <name>GitApi</name>
    <message>
        <source>%1 cannot be loaded</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 に関数 %2 がありません</translation>
    </message>
    <message>
        <source>%1 could not be initialised</source>
        <translation>%1 を初期化できませんでした</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Imports</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>色: %1</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>色: %1 (%2)</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← 良い</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← 悪い</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>悪い →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>良い →</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>type-checking only</source>
        <translation>型チェック専用</translation>
    </message>
    <message>
        <source>module in a cycle</source>
        <translation>循環内のモジュール</translation>
    </message>
    <message>
        <source>width: 1, 10, 100 import sites</source>
        <translation>太さ: インポート箇所 1、10、100</translation>
    </message>
    <message>
        <source>(12)</source>
        <translation>(12)</translation>
    </message>
    <message>
        <source>a package of 12 modules</source>
        <translation>12 個のモジュールを含むパッケージ</translation>
    </message>
    <message>
        <source>in a cycle: points down, like any import</source>
        <translation>循環内: ほかのインポートと同じく下向き</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every cycle</source>
        <translation>ここで切断: 上向き。これらを切断するとすべての循環が解消します</translation>
    </message>
    <message>
        <source>Boxes: the module&apos;s functions and methods (or classes) named without the module, and what they call or what calls them, by full name. A box is above what it calls.</source>
        <translation>ボックス: モジュールの関数とメソッド (またはクラス) はモジュール名を付けずに、それらが呼び出すものとそれらを呼び出すものは完全な名前で示します。ボックスは呼び出し先より上にあります。</translation>
    </message>
    <message>
        <source>call</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>in a recursion: points down, like any call</source>
        <translation>再帰内: ほかの呼び出しと同じく下向き</translation>
    </message>
    <message>
        <source>cut here: points up; cutting these breaks every recursion</source>
        <translation>ここで切断: 上向き。これらを切断するとすべての再帰が解消します</translation>
    </message>
    <message>
        <source>function in a recursion</source>
        <translation>再帰内の関数</translation>
    </message>
    <message>
        <source>an opened package: its modules inside, in layers of their own; double-click a name to open or close it</source>
        <translation>開いたパッケージ: 中のモジュールを独自の層に並べます。名前をダブルクリックすると開閉します</translation>
    </message>
    <message>
        <source>Imports that a longer path of imports already implies are left out; View &gt; Show Every Import draws them all.</source>
        <translation>より長いインポート経路から既に導かれるインポートは省略しています。表示 &gt; すべてのインポートを表示 ですべて描画します。</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>%1 以降の変更</translation>
    </message>
    <message>
        <source>added module or package (+)</source>
        <translation>追加されたモジュールまたはパッケージ (+)</translation>
    </message>
    <message>
        <source>removed: a ghost where it was (−)</source>
        <translation>削除: 元の位置に残像 (−)</translation>
    </message>
    <message>
        <source>in a new or grown cycle</source>
        <translation>新しいまたは拡大した循環内</translation>
    </message>
    <message>
        <source>import added (+)</source>
        <translation>追加されたインポート (+)</translation>
    </message>
    <message>
        <source>import removed (−)</source>
        <translation>削除されたインポート (−)</translation>
    </message>
    <message>
        <source>import of a new or grown cycle</source>
        <translation>新しいまたは拡大した循環のインポート</translation>
    </message>
    <message>
        <source>modules added and removed inside a package</source>
        <translation>パッケージ内で追加・削除されたモジュール</translation>
    </message>
    <message>
        <source>+2 −1</source>
        <translation>+2 −1</translation>
    </message>
    <message>
        <source>too small to show one by one</source>
        <translation>小さすぎて個別に表示できないもの</translation>
    </message>
    <message>
        <source>Dependency matrix</source>
        <translation>依存関係マトリクス</translation>
    </message>
    <message>
        <source>Each row and column is a package. A row imports the columns where its cells are filled; a cell sums the import sites of the packages&apos; modules.</source>
        <translation>各行と各列はパッケージです。行は、セルが塗られた列をインポートします。セルはパッケージのモジュールのインポート箇所を合計します。</translation>
    </message>
    <message>
        <source>A row&apos;s module imports the columns where its cells are filled.</source>
        <translation>行のモジュールは、セルが塗られた列をインポートします。</translation>
    </message>
    <message>
        <source>Highest level first: imports that follow the layering lie right of the diagonal.</source>
        <translation>高いレベルから順に並びます。階層に従うインポートは対角線の右側にあります。</translation>
    </message>
    <message>
        <source>import sites in a cell</source>
        <translation>セル内のインポート箇所</translation>
    </message>
    <message>
        <source>left of the diagonal: against the layering, whatever its count</source>
        <translation>対角線の左側：件数にかかわらず、階層に逆らうインポート</translation>
    </message>
    <message>
        <source>modules in one import cycle</source>
        <translation>同じインポート循環内のモジュール</translation>
    </message>
    <message>
        <source>packages in one cycle of package imports</source>
        <translation>パッケージ間インポートの同じ循環内のパッケージ</translation>
    </message>
    <message>
        <source>the diagonal: imports inside a package, grey where there are none</source>
        <translation>対角線：パッケージ内のインポート（ない場合は灰色）</translation>
    </message>
    <message>
        <source>the diagonal: a module and itself</source>
        <translation>対角線：モジュール自身</translation>
    </message>
    <message>
        <source>beside a name: its level (0 imports nothing of the project)</source>
        <translation>名前の横：そのレベル（0 はプロジェクトの何もインポートしない）</translation>
    </message>
    <message>
        <source>Colours of the tables</source>
        <translation>表の色</translation>
    </message>
    <message>
        <source>Only a figure that needs a look is warm; the others are tinted by size. Hover over a column&apos;s title for what it measures.</source>
        <translation>注意が必要な数値だけが暖色になり、ほかは大きさに応じて淡く色付けされます。列の見出しにポインターを置くと、何を測るかが表示されます。</translation>
    </message>
    <message>
        <source>Past the head budget, or a metric&apos;s usual limit (LCOM4 above 1):</source>
        <translation>認知予算、または指標の通常の上限（LCOM4 は 1）を超えたもの：</translation>
    </message>
    <message>
        <source>just over</source>
        <translation>わずかに超過</translation>
    </message>
    <message>
        <source>furthest over</source>
        <translation>最も超過</translation>
    </message>
    <message>
        <source>Other figures, within their column:</source>
        <translation>そのほかの数値（列の中での大きさ）：</translation>
    </message>
    <message>
        <source>least</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>most</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>a package shown as one box: its parts inside, in its colour</source>
        <translation>1 つの箱として表示したパッケージ: その部分を内側にその色で表示</translation>
    </message>
    <message>
        <source>the focus: what the picture is around</source>
        <translation>フォーカス：この図の中心</translation>
    </message>
</context>
<context>
    <name>MetricChoice</name>
    <message>
        <source>Level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Module cohesion</source>
        <translation>モジュールの凝集度</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>関係凝集度</translation>
    </message>
    <message>
        <source>Instability</source>
        <translation>不安定度</translation>
    </message>
    <message>
        <source>Abstractness</source>
        <translation>抽象度</translation>
    </message>
    <message>
        <source>Distance from the main sequence</source>
        <translation>主系列からの距離</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Highest complexity</source>
        <translation>最大複雑度</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>予算超過</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>lines of code</source>
        <translation>コード行</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>items over</source>
        <translation>超過項目</translation>
    </message>
    <message>
        <source>0 imports nothing of the project; each level imports the one below.</source>
        <translation>0 はプロジェクト内の何もインポートしません。各階層はその下の階層をインポートします。</translation>
    </message>
    <message>
        <source>Groups of top-level definitions that do not use each other; 1 is cohesive.</source>
        <translation>互いに使い合わないトップレベル定義のグループ数。1 なら凝集しています。</translation>
    </message>
    <message>
        <source>(imports among members + 1) / members; under 1.5 the members barely relate.</source>
        <translation>(メンバー間のインポート数 + 1) / メンバー数。1.5 未満ならメンバー同士の関係はほとんどありません。</translation>
    </message>
    <message>
        <source>Imports / (imports + importers): 0 is depended upon, 1 depends on others.</source>
        <translation>インポート先 / (インポート先 + インポート元)。0 は依存される側、1 は他に依存する側です。</translation>
    </message>
    <message>
        <source>Abstract classes / classes.</source>
        <translation>抽象クラス数 / クラス数。</translation>
    </message>
    <message>
        <source>|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.</source>
        <translation>|抽象度 + 不安定度 - 1|。0 はバランスが取れており、1 は硬直的または無用です。</translation>
    </message>
    <message>
        <source>Project modules that import it.</source>
        <translation>これをインポートしているプロジェクト内のモジュール。</translation>
    </message>
    <message>
        <source>Project modules it imports.</source>
        <translation>これがインポートしているプロジェクト内のモジュール。</translation>
    </message>
    <message>
        <source>Source lines that are not blank or comments.</source>
        <translation>空行とコメントを除いたソース行数。</translation>
    </message>
    <message>
        <source>Cyclomatic complexity of its most complex function.</source>
        <translation>最も複雑な関数のサイクロマティック複雑度。</translation>
    </message>
    <message>
        <source>How far past the head budget it has grown.</source>
        <translation>認知予算をどれだけ超えて大きくなったか。</translation>
    </message>
    <message>
        <source>Class cohesion (LCOM4)</source>
        <translation>クラスの凝集度 (LCOM4)</translation>
    </message>
    <message>
        <source>LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated parts in one class (4 and more all in the darkest red).</source>
        <translation>最も凝集度の低いクラスの LCOM4。1 はひとまとまり、2 以上は 1 つのクラス内の互いに無関係な部分です (4 以上はすべて最も濃い赤)。</translation>
    </message>
    <message>
        <source>0 the foundation, high far above it</source>
        <translation>0 は土台、高いほど上</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more unrelated parts</source>
        <translation>1 は凝集、2 以上は無関係な部分</translation>
    </message>
    <message>
        <source>low: members barely relate</source>
        <translation>低い: メンバー同士の関係がほとんどない</translation>
    </message>
    <message>
        <source>0 depended upon, 1 depends on others</source>
        <translation>0 は依存される側、1 は他に依存する側</translation>
    </message>
    <message>
        <source>0 concrete, 1 abstract</source>
        <translation>0 は具象、1 は抽象</translation>
    </message>
    <message>
        <source>0 balanced, 1 rigid or useless</source>
        <translation>0 はバランスが良く、1 は硬直的または無用</translation>
    </message>
    <message>
        <source>high: many modules import it</source>
        <translation>高い: 多くのモジュールからインポートされる</translation>
    </message>
    <message>
        <source>high: it imports many modules</source>
        <translation>高い: 多くのモジュールをインポートする</translation>
    </message>
    <message>
        <source>high: large</source>
        <translation>高い: 大きい</translation>
    </message>
    <message>
        <source>over %1: hard to test</source>
        <translation>%1 超: テストしにくい</translation>
    </message>
    <message>
        <source>0 within the budget, high far over it</source>
        <translation>0 は予算内、高いほど大きく超過</translation>
    </message>
    <message>
        <source>1 cohesive, 2 or more a class of unrelated parts</source>
        <translation>1 は凝集、2 以上は無関係な部分からなるクラス</translation>
    </message>
    <message>
        <source>Colour: %1 (%2)</source>
        <translation>色: %1 (%2)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>チャーン</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>ホットスポット</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>commits × paths</source>
        <translation>コミット × パス</translation>
    </message>
    <message>
        <source>Commits that changed its files in the churn window (git, first parents).</source>
        <translation>churn の期間にそのファイルを変更したコミット (git、第一親のみ)。</translation>
    </message>
    <message>
        <source>Churn times the summed complexity of its functions: where frequent change meets complicated code.</source>
        <translation>churn × 関数の複雑度の合計: 頻繁な変更と複雑なコードが重なる場所。</translation>
    </message>
    <message>
        <source>high: changed often</source>
        <translation>高い: よく変更される</translation>
    </message>
    <message>
        <source>high: complex and changed often</source>
        <translation>高い: 複雑でよく変更される</translation>
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
        <translation>図が空です。</translation>
    </message>
    <message>
        <source>Labels come out at %1 pt, under the %2 pt that stay legible at this size: the picture is too large. Show less (a package level or a focus) or use the natural size.</source>
        <translation>ラベルが %1 pt になり、このサイズで読める %2 pt を下回ります。図が大きすぎます。表示を減らす (パッケージ単位にするかフォーカスする) か、自然なサイズを使ってください。</translation>
    </message>
    <message>
        <source>cannot paint the SVG</source>
        <translation>SVG を描画できません</translation>
    </message>
    <message>
        <source>the image would be too large</source>
        <translation>画像が大きくなりすぎます</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>PNG をエンコードできません</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>PDF を描画できません</translation>
    </message>
    <message>
        <source>DOT is written from the graph, not painted</source>
        <translation>DOT は描画ではなく、グラフから書き出されます</translation>
    </message>
    <message>
        <source>The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. Use the slide or a4 preset, or show less (a package level or a focus).</source>
        <translation>図のサイズは %1 x %2 px です。多くのビューアーは一辺が %3 px を超える画像を開けません。slide または a4 のプリセットを使うか、表示を減らしてください (パッケージ単位にするかフォーカスする)。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen when there is no display</source>
        <translation>描画には QApplication が必要です。ディスプレイがない場合は QT_QPA_PLATFORM=offscreen を指定して実行してください</translation>
    </message>
    <message>
        <source>%1: import graph, %2 modules, %3 import edges shown</source>
        <translation>%1: インポートグラフ、モジュール %2 個、インポート辺 %3 本を表示</translation>
    </message>
    <message numerus="yes">
        <source>Levels from the foundation (level 0) at the bottom upwards; %n level(s) deep.</source>
        <translation>
            <numerusform>階層は最下部の土台 (階層 0) から上へ。深さは %n 階層です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalk</name>
    <message>
        <source>Depth: %1 levels against a budget of %2</source>
        <translation>深さ: %1 階層 (予算 %2)</translation>
    </message>
    <message>
        <source>Least cohesive class: %1 holds %2 unrelated parts</source>
        <translation>最も凝集度の低いクラス: %1 は互いに無関係な %2 個の部分からなります</translation>
    </message>
    <message>
        <source>Every class is cohesive</source>
        <translation>すべてのクラスが凝集しています</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget</source>
        <translation>
            <numerusform>認知予算を超えた項目 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it</source>
        <translation>
            <numerusform>循環 %1/%2（メンバー %3 個）: %4。%n 個のインポートを切断すると解消します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Cycle %1 (%n module(s)): </source>
        <translation>
            <numerusform>循環 %1 (モジュール %n 個): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2 (%3)</source>
        <translation>%1 が %2 をインポート (%3)</translation>
    </message>
    <message>
        <source>  cut to break it: %1</source>
        <translation>  解消するために切断: %1</translation>
    </message>
    <message>
        <source>  cut to break it (near-smallest, found by heuristic): %1</source>
        <translation>  解消するために切断 (ヒューリスティックで求めたほぼ最小の組): %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 の%3は %2 で、予算 %5 を %4 超えています</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): kept</source>
        <translation>契約「%1」(%2): 遵守</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; (%2): BROKEN by %n import chain(s)</source>
        <translation>
            <numerusform>契約「%1」(%2): %n 本のインポート連鎖により違反</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;: type &quot;%2&quot; is not checked by Headroom</source>
        <translation>契約「%1」: 種類「%2」は Headroom ではチェックしません</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; (%2): invalid, %3 is missing</source>
        <translation>契約「%1」(%2): 無効、%3 がありません</translation>
    </message>
    <message>
        <source>  %1 must not import %2: %3</source>
        <translation>  %1 は %2 をインポートしてはいけません: %3</translation>
    </message>
    <message numerus="yes">
        <source>Headroom review of %1: %n file(s)</source>
        <translation>
            <numerusform>%1 の Headroom レビュー: ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth: %1 levels (budget %2)</source>
        <translation>深さ: %1 階層 (予算 %2)</translation>
    </message>
    <message>
        <source>Longest import chain: %1</source>
        <translation>最長のインポート連鎖: %1</translation>
    </message>
    <message>
        <source>No import cycles.</source>
        <translation>インポートの循環はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n import cycle(s):</source>
        <translation>
            <numerusform>インポートの循環 %n 個:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every class is cohesive (LCOM4 of 1 or less).</source>
        <translation>すべてのクラスが凝集しています (LCOM4 が 1 以下)。</translation>
    </message>
    <message>
        <source>Classes that hold several unrelated parts (LCOM4):</source>
        <translation>互いに無関係な部分を複数含むクラス (LCOM4):</translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion %4%</source>
        <translation>  %1: 部分 %2 個、メソッド %3 個、凝集度 %4%</translation>
    </message>
    <message>
        <source>Nothing has grown past the head budget.</source>
        <translation>認知予算を超えたものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) over the head budget:</source>
        <translation>
            <numerusform>認知予算を超えた項目 %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import-linter contracts (%1):</source>
        <translation>import-linter 契約 (%1):</translation>
    </message>
    <message>
        <source>Coupling: average component dependency %1, propagation cost %2%</source>
        <translation>結合度: 平均コンポーネント依存度 %1、伝播コスト %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) above level %1, the budget:</source>
        <translation>
            <numerusform>予算の階層 %1 を超えるモジュール %n 個:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) could not be read as written; defaults stand in for them:</source>
        <translation>
            <numerusform>%n 個の設定を書かれたとおりに読めませんでした。既定値を使います:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s), listed on standard error.</source>
        <translation>
            <numerusform>ファイルの問題が %n 件あります。標準エラー出力に一覧があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>、ほか %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more cycle(s)</source>
        <translation>
            <numerusform>ほかに循環 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 parts, %3 methods, cohesion n/a (no instance attributes)</source>
        <translation>  %1: 部分 %2 個、メソッド %3 個、凝集度 該当なし (インスタンス属性なし)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more class(es)</source>
        <translation>
            <numerusform>  ほかにクラス %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more item(s)</source>
        <translation>
            <numerusform>  ほかに項目 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    and %n more chain(s)</source>
        <translation>
            <numerusform>    ほかに連鎖 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it:</source>
        <translation>
            <numerusform>  これを断ち切るには次の %n 件のインポートを削除:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cut these %n imports to break it (near-smallest, found by heuristic):</source>
        <translation>
            <numerusform>  これを断ち切るには次の %n 件のインポートを削除（ほぼ最小、ヒューリスティックで算出）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of several methods</source>
        <translation>
            <numerusform>複数メソッドからなる部分 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) alone</source>
        <translation>
            <numerusform>単独のメソッド %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStateText</name>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>not a Headroom saved view</source>
        <translation>Headroom で保存したビューではありません</translation>
    </message>
    <message>
        <source>saved by a newer Headroom</source>
        <translation>より新しい Headroom で保存されています</translation>
    </message>
    <message>
        <source>unknown import kind in shown_import_kinds</source>
        <translation>shown_import_kinds に不明なインポートの種類があります</translation>
    </message>
    <message>
        <source>no project folder</source>
        <translation>プロジェクトフォルダーがありません</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <source>the file name must end in .svg, .png, .pdf or .dot</source>
        <translation>ファイル名の末尾は .svg、.png、.pdf、.dot のいずれかにしてください</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>インポートグラフ</translation>
    </message>
    <message>
        <source>Dependency structure matrix</source>
        <translation>依存構造マトリクス</translation>
    </message>
    <message>
        <source>Cohesion treemap</source>
        <translation>凝集度ツリーマップ</translation>
    </message>
    <message>
        <source>only the graph exports to DOT</source>
        <translation>DOT にエクスポートできるのはグラフだけです</translation>
    </message>
    <message>
        <source>Treemap · %1</source>
        <translation>ツリーマップ · %1</translation>
    </message>
</context>
<context>
    <name>headroom::AnalysisController</name>
    <message>
        <source>Open a project first.</source>
        <translation>先にプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so it has no revision %2.</source>
        <translation>%1 は git リポジトリ内にないため、リビジョン %2 はありません。</translation>
    </message>
    <message>
        <source>The repository of %1 has no revision %2 (%3).</source>
        <translation>%1 のリポジトリにはリビジョン %2 がありません（%3）。</translation>
    </message>
    <message>
        <source>%1 did not exist at revision %2.</source>
        <translation>%1 はリビジョン %2 には存在しませんでした。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 holds no Python files to compare with.</source>
        <translation>%2 のリビジョン %1 には比較する Python ファイルがありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>%1 is not JSON.</source>
        <translation>%1 は JSON ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a JSON written by headroom analyze.</source>
        <translation>%1 は headroom analyze が書いた JSON ではありません。</translation>
    </message>
    <message>
        <source>%1 describes packages (depth %2); the window compares modules: write the baseline with &apos;headroom analyze FOLDER -o FILE&apos;.</source>
        <translation>%1 はパッケージ（深さ %2）を記述しています。ウィンドウはモジュールを比較します: &apos;headroom analyze FOLDER -o FILE&apos; でベースラインを書いてください。</translation>
    </message>
</context>
<context>
    <name>headroom::CyclesPanel</name>
    <message>
        <source>Cycle</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message numerus="yes">
        <source>cut %n import(s)</source>
        <translation>
            <numerusform>%n 個のインポートを切断</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>連鎖</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 が %2 をインポート</translation>
    </message>
    <message>
        <source>Imports to cut</source>
        <translation>切断するインポート</translation>
    </message>
    <message>
        <source>Imports to cut (heuristic)</source>
        <translation>切断するインポート (ヒューリスティック)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>No import cycles</source>
        <translation>インポートの循環はありません</translation>
    </message>
    <message>
        <source>Cut the suggested imports (what if)</source>
        <translation>提案されたインポートを切断 (仮定)</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>このインポートを切断 (仮定)</translation>
    </message>
    <message>
        <source>Module cycles inside it</source>
        <translation>内部のモジュールの循環</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1: %n member(s)</source>
        <translation>
            <numerusform>循環 %1: メンバー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or Delete: cut the suggested imports (what if)</source>
        <translation>右クリックまたは Delete キー: 提案されたインポートを切断 (仮定)</translation>
    </message>
    <message numerus="yes">
        <source>%n import statement(s)</source>
        <translation>
            <numerusform>%n 個の import 文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::DetailsPanel</name>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>このインポートを切断 (仮定)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 箇所</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>循環</translation>
    </message>
    <message numerus="yes">
        <source>in cycle %1 of %n module(s)</source>
        <translation>
            <numerusform>循環 %1 (モジュール %n 個) に含まれる</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>No call, instantiation, reference or base class behind this import (it may only read values, or re-export)</source>
        <translation>この import の背後に呼び出し・インスタンス化・参照・基底クラスはありません（値を読むだけか、再エクスポートのみの可能性があります）</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n call(s) or use(s)</source>
        <translation>
            <numerusform>%n 件の呼び出しまたは使用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>instantiation</source>
        <translation>インスタンス化</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>decorator</source>
        <translation>デコレーター</translation>
    </message>
    <message>
        <source>base class</source>
        <translation>基底クラス</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Relational cohesion</source>
        <translation>関係凝集度</translation>
    </message>
    <message>
        <source>Imports of several modules: open the package to see the calls behind each</source>
        <translation>複数のモジュールのインポート: パッケージを開くと、それぞれの背後にある呼び出しを確認できます</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>箇所</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>背後にあるもの</translation>
    </message>
    <message numerus="yes">
        <source>%n module import(s): open the packages to see the calls behind each</source>
        <translation>
            <numerusform>モジュールのインポート %n 個: パッケージを開くと、それぞれの背後にある呼び出しを確認できます</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message numerus="yes">
        <source>package of %n module(s) in this picture (%1)</source>
        <translation>
            <numerusform>この図 (%1) では %n 個のモジュールを含むパッケージ</numerusform>
        </translation>
    </message>
    <message>
        <source>inside %1 in this picture; figures of the module alone</source>
        <translation>この図では %1 の中。数値はこのモジュール単独のもの</translation>
    </message>
    <message>
        <source>Row in this picture</source>
        <translation>この図での段</translation>
    </message>
    <message>
        <source>layer %1 (0 at the bottom)</source>
        <translation>層 %1 (0 が最下段)</translation>
    </message>
    <message>
        <source>The row the box sits on: what it imports is below it</source>
        <translation>ボックスが置かれている段。インポート先はその下にあります</translation>
    </message>
    <message>
        <source>The calls behind this import are listed once they are resolved</source>
        <translation>このインポートの背後にある呼び出しは、解決後に一覧表示されます</translation>
    </message>
    <message>
        <source>Choose a box or an arrow of the graph, a cell of the matrix, a row of a table or of a panel: its figures, imports and importers show here.</source>
        <translation>グラフのボックスや矢印、マトリクスのセル、表やパネルの行を選ぶと、その数値、インポート、インポート元がここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>in a module cycle of %n module(s)</source>
        <translation>
            <numerusform>モジュール循環 (モジュール %n 個) に含まれる</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>%1 in this picture</source>
        <translation>この図では %1</translation>
    </message>
    <message>
        <source>Lines of code</source>
        <translation>コード行数</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s): %1</source>
        <translation>
            <numerusform>%n 個のメソッド: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sharing %1</source>
        <translation>共有: %1</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>部分 %1</translation>
    </message>
    <message>
        <source>More parts</source>
        <translation>その他の部分</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s) of several methods</source>
        <translation>
            <numerusform>複数メソッドからなる部分がほかに %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>単独</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) linked to no other: %1</source>
        <translation>
            <numerusform>他と結びつかないメソッド %n 個: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each a part of its own: it calls no other method of the class and shares no attribute with one</source>
        <translation>それぞれが単独の部分: クラスの他のメソッドを呼ばず、属性も共有しない</translation>
    </message>
    <message>
        <source>Attribute share</source>
        <translation>属性の使用率</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The share of the instance attributes a method uses, averaged over its methods</source>
        <translation>メソッドが使うインスタンス属性の割合（メソッド全体の平均）</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>抽象</translation>
    </message>
    <message>
        <source>yes (an ABC or Protocol base, or an abstract method)</source>
        <translation>はい（ABC または Protocol の基底、または抽象メソッド）</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>予算超過</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>使用元</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules whose code calls, instantiates, references, decorates with or derives from the class or one of its methods</source>
        <translation>このクラスまたはそのメソッドを呼び出し、インスタンス化し、参照し、デコレータとして使い、または継承するコードを持つモジュール</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n use(s))</source>
        <translation>
            <numerusform>%1（%n 回使用）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::FindingsPanel</name>
    <message>
        <source>kept</source>
        <translation>遵守</translation>
    </message>
    <message numerus="yes">
        <source>broken by %n chain(s)</source>
        <translation>
            <numerusform>%n 本の連鎖により違反</numerusform>
        </translation>
    </message>
    <message>
        <source>type %1 not checked</source>
        <translation>種類 %1 はチェック対象外</translation>
    </message>
    <message>
        <source>invalid: %1 missing</source>
        <translation>無効: %1 がありません</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Over the head budget (%1)</source>
        <translation>認知予算の超過 (%1)</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Import-linter contracts (%1)</source>
        <translation>import-linter 契約 (%1)</translation>
    </message>
    <message>
        <source>%1 must not import %2</source>
        <translation>%1 は %2 をインポートしてはいけません</translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 が %2 をインポート</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>%1 has %2 %3, %4 over the budget of %5</source>
        <translation>%1 の%3は %2 で、予算 %5 を %4 超えています</translation>
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
        <translation>階層 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: double-click its name to close it</source>
        <translation>%1: 名前をダブルクリックすると閉じます</translation>
    </message>
    <message>
        <source>Cut this import (what if)</source>
        <translation>このインポートを切断 (仮定)</translation>
    </message>
    <message>
        <source>Show its sites and calls</source>
        <translation>箇所と呼び出しを表示</translation>
    </message>
    <message>
        <source>Why does %1 import %2?</source>
        <translation>%1 が %2 をインポートする理由</translation>
    </message>
</context>
<context>
    <name>headroom::LegendPanel</name>
    <message>
        <source>No legend for this view.</source>
        <translation>このビューには凡例がありません。</translation>
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
        <translation>グラフ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>マトリクス(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>ツリーマップ(&amp;T)</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>表(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>%1 を解析しています...</translation>
    </message>
    <message>
        <source>Finding Python files...</source>
        <translation>Python ファイルを探しています...</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files...</source>
        <translation>ファイルを構文解析しています (%1/%2)...</translation>
    </message>
    <message>
        <source>Resolving imports...</source>
        <translation>インポートを解決しています...</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>指標を計測しています...</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>解析を中止しました。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>%1 holds no Python files.</source>
        <translation>%1 には Python ファイルがありません。</translation>
    </message>
    <message>
        <source>%1 could not be analysed.</source>
        <translation>%1 を解析できませんでした。</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>仮定の切断</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>ドック(&amp;D)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>粒度:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Packages, depth %1</source>
        <translation>パッケージ、深さ %1</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>色分け:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>フォーカス</translation>
    </message>
    <message>
        <source>Show only the selected module and its neighbours</source>
        <translation>選択したモジュールとその近傍だけを表示</translation>
    </message>
    <message>
        <source>hops: </source>
        <translation>段数: </translation>
    </message>
    <message>
        <source>Find a module (Ctrl+F)</source>
        <translation>モジュールを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>No module named %1.</source>
        <translation>%1 という名前のモジュールはありません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>フォルダーを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったフォルダー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save View...</source>
        <translation>ビューを保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json)</source>
        <translation>Headroom ビュー (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>ビューを保存できません</translation>
    </message>
    <message>
        <source>Open &amp;View...</source>
        <translation>ビューを開く(&amp;V)...</translation>
    </message>
    <message>
        <source>Open a saved view</source>
        <translation>保存したビューを開く</translation>
    </message>
    <message>
        <source>Headroom views (*.headroom.json *.json)</source>
        <translation>Headroom ビュー (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the view</source>
        <translation>ビューを開けません</translation>
    </message>
    <message>
        <source>&amp;Export Picture...</source>
        <translation>図をエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Hide &amp;Type-Checking Imports</source>
        <translation>型チェック用のインポートを隠す(&amp;T)</translation>
    </message>
    <message>
        <source>Hide Function-&amp;Local Imports</source>
        <translation>関数内のインポートを隠す(&amp;L)</translation>
    </message>
    <message>
        <source>Hide &amp;Conditional Imports</source>
        <translation>条件付きインポートを隠す(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>Next Review Step</source>
        <translation>次のレビュー手順</translation>
    </message>
    <message>
        <source>Previous Review Step</source>
        <translation>前のレビュー手順</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>再解析(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Open a Python project</source>
        <translation>Python プロジェクトを開く</translation>
    </message>
    <message>
        <source>%1 - Headroom</source>
        <translation>%1 - Headroom</translation>
    </message>
    <message>
        <source>Remove the import of %1 from %2 (%3)</source>
        <translation>%2 から %1 のインポートを除去 (%3)</translation>
    </message>
    <message>
        <source>Activate to put this import back</source>
        <translation>アクティブにするとこのインポートを元に戻します</translation>
    </message>
    <message>
        <source>No imports cut. Right-click an import in Details to see what cutting it would do.</source>
        <translation>切断したインポートはありません。詳細でインポートを右クリックすると、切断した場合の結果を確認できます。</translation>
    </message>
    <message>
        <source>Layout problem: %1</source>
        <translation>レイアウトの問題: %1</translation>
    </message>
    <message>
        <source>Why does A depend on B?</source>
        <translation>A が B に依存する理由</translation>
    </message>
    <message>
        <source>Module A:</source>
        <translation>モジュール A:</translation>
    </message>
    <message>
        <source>Module B:</source>
        <translation>モジュール B:</translation>
    </message>
    <message>
        <source>%1 does not import %2, directly or through other modules.</source>
        <translation>%1 は %2 を直接にも他のモジュール経由でもインポートしていません。</translation>
    </message>
    <message>
        <source>there is no picture to export yet</source>
        <translation>エクスポートする図がまだありません</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>図をエクスポート</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;スライド用 SVG (*.slide.svg);;A4 PDF (*.a4.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)</source>
        <translation>ステップ %1/%2: %3 (Page Down: 次へ、Page Up: 戻る、F11: 終了)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>深さ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>循環 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over budget</source>
        <translation>
            <numerusform>予算超過 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language changes when Headroom starts again.</source>
        <translation>言語は Headroom を次に起動したときに切り替わります。</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>Select a module to see its classes or functions.</source>
        <translation>クラスや関数を見るにはモジュールを選択してください。</translation>
    </message>
    <message>
        <source>Classes of the selected module</source>
        <translation>選択したモジュールのクラス</translation>
    </message>
    <message>
        <source>Functions of the selected module</source>
        <translation>選択したモジュールの関数</translation>
    </message>
    <message>
        <source>Resolving calls...</source>
        <translation>呼び出しを解決しています...</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Structure (fits the head budget)</source>
        <translation>構造 (認知予算に収まる)</translation>
    </message>
    <message>
        <source>Show &amp;Every Import</source>
        <translation>すべてのインポートを表示(&amp;E)</translation>
    </message>
    <message>
        <source>Structure maps draw only the imports that no other path implies; show all</source>
        <translation>構造マップは、ほかの経路から導かれないインポートだけを描画します。すべて表示</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>&amp;Undo Cut</source>
        <translation>切断を元に戻す(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>this picture (%1): depth %2, %n cycle(s)</source>
        <translation>
            <numerusform>この図 (%1): 深さ %2、循環 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %2: the shortest import chain, %n import(s)</source>
        <translation>
            <numerusform>%1 は %2 に依存: 最短のインポート連鎖 (インポート %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imports %2</source>
        <translation>%1 が %2 をインポート</translation>
    </message>
    <message>
        <source>Find &amp;Module</source>
        <translation>モジュールを検索(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Why Does A Depend on B?...</source>
        <translation>A が B に依存する理由(&amp;W)...</translation>
    </message>
    <message>
        <source>C&amp;lear the What-If Cuts</source>
        <translation>仮の切断をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;do Cut</source>
        <translation>切断をやり直す(&amp;D)</translation>
    </message>
    <message>
        <source>Re-analyse When &amp;Files Change</source>
        <translation>ファイル変更時に再解析(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 around %2, %n import(s) away</source>
        <translation>
            <numerusform>%1（%2 の周囲、%n インポート先まで）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not import %2 in this picture.</source>
        <translation>この図では %1 は %2 をインポートしていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2 through %n module import(s)</source>
        <translation>
            <numerusform>%1 は %n 件のモジュールインポートで %2 をインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Re&amp;vision...</source>
        <translation>リビジョンと比較(&amp;V)...</translation>
    </message>
    <message>
        <source>Compare with Revision</source>
        <translation>リビジョンと比較</translation>
    </message>
    <message>
        <source>Git revision to compare with (HEAD~1, a tag, a branch, a commit id):</source>
        <translation>比較する git リビジョン（HEAD~1、タグ、ブランチ、コミット ID）:</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline File...</source>
        <translation>ベースラインファイルと比較(&amp;B)...</translation>
    </message>
    <message>
        <source>Compare with Baseline File</source>
        <translation>ベースラインファイルと比較</translation>
    </message>
    <message>
        <source>Analysis JSON (headroom analyze) (*.json);;All files (*)</source>
        <translation>解析 JSON (headroom analyze) (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>比較を終了(&amp;S)</translation>
    </message>
    <message>
        <source>Reading revision %1 to compare with...</source>
        <translation>比較のためにリビジョン %1 を読み込み中...</translation>
    </message>
    <message>
        <source>Reading %1 to compare with...</source>
        <translation>比較のために %1 を読み込み中...</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>比較できません: %1</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>比較できません</translation>
    </message>
    <message>
        <source>%1 is too large to analyse in the memory this computer has available. Open a part of it (a sub-folder), or analyse its packages on the command line: headroom analyze --level package.</source>
        <translation>%1 は、このコンピューターで利用できるメモリでは解析できないほど大きすぎます。一部 (サブフォルダー) を開くか、コマンドラインでパッケージ単位で解析してください: headroom analyze --level package。</translation>
    </message>
    <message>
        <source>Parsing %1 of %2 files, under a minute left...</source>
        <translation>ファイルを構文解析しています (%1/%2)、残り 1 分未満...</translation>
    </message>
    <message numerus="yes">
        <source>Parsing %1 of %2 files, about %n minute(s) left...</source>
        <translation>
            <numerusform>ファイルを構文解析しています (%1/%2)、残り約 %n 分...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; resolving calls...</source>
        <translation>%1。呼び出しを解決しています...</translation>
    </message>
    <message>
        <source>Classes and functions are drawn once the calls are resolved.</source>
        <translation>クラスと関数は呼び出しの解決後に描画されます。</translation>
    </message>
    <message numerus="yes">
        <source>; %n boxes, no package to fold them into: the Matrix tab or a focus reads them better</source>
        <translation>
            <numerusform>；箱が %n 個、まとめるパッケージがありません：マトリックスタブかフォーカスのほうが読みやすくなります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MatrixScene</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(トップレベル)</translation>
    </message>
    <message>
        <source>%1 does not import %2</source>
        <translation>%1 は %2 をインポートしていません</translation>
    </message>
    <message numerus="yes">
        <source>%1 imports %2: %n site(s)</source>
        <translation>
            <numerusform>%1 が %2 をインポート: %n 箇所</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the layering (a cycle)</source>
        <translation>階層に逆らう (循環)</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>(own modules)</source>
        <translation>(直下のモジュール)</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated: each row and column is a package (%n row(s) for %1 modules); a cell sums the import sites of its packages&apos; modules.</source>
        <translation>
            <numerusform>集約表示: 各行と各列はパッケージです (モジュール %1 個に対して %n 行)。セルはそのパッケージに含まれるモジュールのインポート箇所を合計します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix shows %n package(s) instead of %1 modules, so that its cells and labels stay readable on the page (the natural preset shows every module)</source>
        <translation>
            <numerusform>ページ上でセルとラベルが読めるよう、マトリクスにはモジュール %1 個の代わりにパッケージ %n 個を表示します (natural プリセットではすべてのモジュールを表示します)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summed over the packages&apos; modules: %1 in the row, %2 in the column</source>
        <translation>パッケージ内のモジュールの合計: 行は %1 個、列は %2 個</translation>
    </message>
</context>
<context>
    <name>headroom::MatrixView</name>
    <message>
        <source>(top level)</source>
        <translation>(トップレベル)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::MetricsTableModel</name>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>File and line of its definition.</source>
        <translation>定義のあるファイルと行。</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>予算超過</translation>
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
        <translation>同じ深さのパッケージの中での階層。0 はそのどれもインポートしません。Ca、Ce、I も同じパッケージの間で数えます。</translation>
    </message>
    <message>
        <source>Groups of methods that neither call each other nor share an attribute; 1 is cohesive.</source>
        <translation>互いに呼び出さず、属性も共有しないメソッドのグループ数。1 なら凝集しています。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Dotted name of the package.</source>
        <translation>パッケージのドット区切りの名前。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Direct members: its modules and subpackages.</source>
        <translation>直接のメンバー: そのモジュールとサブパッケージ。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Python files in it and below it.</source>
        <translation>その中と配下にある Python ファイル。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>凝集度</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Import cycles among the modules inside it.</source>
        <translation>内部のモジュール間のインポートの循環。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Dotted name; a package stands for its __init__.</source>
        <translation>ドット区切りの名前。パッケージはその __init__ を表します。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Source file, relative to the project.</source>
        <translation>ソースファイル (プロジェクトからの相対パス)。</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>The import cycle it is part of; empty when none.</source>
        <translation>属しているインポートの循環。なければ空です。</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Top-level functions and classes.</source>
        <translation>トップレベルの関数とクラス。</translation>
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
        <translation>関数のサイクロマティック複雑度の平均。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Module and qualified name of the class.</source>
        <translation>クラスのモジュールと修飾名。</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Methods defined in it, constructors included.</source>
        <translation>その中で定義されたメソッド (コンストラクターを含む)。</translation>
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
        <translation>ABC または Protocol を継承しているか、抽象メソッドを持ちます。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Module and qualified name of the function.</source>
        <translation>関数のモジュールと修飾名。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Method: defined directly in a class.</source>
        <translation>メソッド: クラス内で直接定義されたもの。</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>Defined with async def.</source>
        <translation>async def で定義されています。</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>抽象</translation>
    </message>
    <message>
        <source>method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>async</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Share of the instance attributes a method uses; n/a for a class without instance attributes or without methods besides its constructors.</source>
        <translation>1 つのメソッドが使うインスタンス属性の割合。インスタンス属性のないクラスや、コンストラクター以外のメソッドがないクラスでは該当なし。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>チャーン</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>ホットスポット</translation>
    </message>
</context>
<context>
    <name>headroom::ModuleTreeModel</name>
    <message>
        <source>package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>namespace package</source>
        <translation>名前空間パッケージ</translation>
    </message>
    <message>
        <source>module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>SLOC</source>
        <translation>SLOC</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート先</translation>
    </message>
</context>
<context>
    <name>headroom::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>headroom::SourceView</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>headroom::TablesPane</name>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Only over budget</source>
        <translation>予算超過のみ</translation>
    </message>
    <message>
        <source>Only in cycles</source>
        <translation>循環内のみ</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Select a row to see all its figures here.</source>
        <translation>行を選択すると、そのすべての数値がここに表示されます。</translation>
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
        <translation>パッケージ（計測中...）</translation>
    </message>
    <message>
        <source>Measuring each package as a unit among the packages of its depth (level, coupling, cycles)...</source>
        <translation>各パッケージを同じ深さのパッケージの中の一単位として計測しています（レベル、結合、循環）...</translation>
    </message>
</context>
<context>
    <name>headroom::TreemapScene</name>
    <message numerus="yes">
        <source>%n line(s) of code</source>
        <translation>
            <numerusform>コード %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LCOM4: %1 (%n method(s))</source>
        <translation>
            <numerusform>LCOM4: %1 (メソッド %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more unrelated parts)</source>
        <translation>色: モジュールは部分の数、クラスは LCOM4 (1 は凝集、2 以上は無関係な部分)</translation>
    </message>
    <message>
        <source>Colour: class cohesion (LCOM4), a module by its least cohesive class (1 cohesive, 2 or more a class of unrelated parts)</source>
        <translation>色: クラスの凝集度 (LCOM4)。モジュールは最も凝集度の低いクラスで色分け (1 は凝集、2 以上は無関係な部分からなるクラス)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more class(es)</source>
        <translation>
            <numerusform>ほか %Ln 個のクラス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more module(s)</source>
        <translation>
            <numerusform>ほか %Ln 個のモジュール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) too small to show one by one</source>
        <translation>
            <numerusform>個別に表示するには小さすぎる %Ln 個のクラス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) too small to show one by one</source>
        <translation>
            <numerusform>個別に表示するには小さすぎる %Ln 個のモジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>outside classes</source>
        <translation>クラス外</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of code outside classes</source>
        <translation>
            <numerusform>クラス外のコード %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst class LCOM4: %1</source>
        <translation>最悪のクラスの LCOM4: %1</translation>
    </message>
    <message>
        <source>A part of %1, which this picture shows as one box</source>
        <translation>%1 の一部（この図では 1 つの箱として表示）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrote screenshots to %1</source>
        <translation>スクリーンショットを %1 に書き出しました</translation>
    </message>
</context>
</TS>

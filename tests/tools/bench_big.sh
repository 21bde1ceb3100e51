#!/bin/sh
# tests/tools/bench_big.sh BUILD_DIR [MODULES...]
#
# The benchmark of big projects (README, "Big projects"): for each size (default 1000 10000
# 100000) it writes a project with headroom-genproject (seed 1, under ${TMPDIR:-/tmp}), then
# measures, each in a process of its own so that peaks do not mix:
#   headroom-bench DIR 2 --once          the import analysis and the call graph, in process
#   headroom analyze DIR -o X --no-cache  the whole command, time and peak by /usr/bin/time
# and prints one line a size with the cost per module, in wall time and in CPU time (user and
# system: less shaken than wall time when other work shares the machine). Generated folders are removed
# afterwards unless KEEP=1. SEED=S picks another seed, SHAPE=django|stdlib shapes every
# sub-project alike (default: each draws one), MAX_GB=G stops a run that would take more.
set -eu
build=${1:?usage: bench_big.sh BUILD_DIR [MODULES...]}
shift
sizes=${*:-1000 10000 100000}
tmp=${TMPDIR:-/tmp}
seed=${SEED:-1}
shape=${SHAPE:-}
[ -z "${MAX_GB:-}" ] || ulimit -v $((MAX_GB * 1024 * 1024))
gen="$build/tests/headroom-genproject"
bench="$build/tests/headroom-bench"
headroom="$build/app/headroom"
for tool in "$gen" "$bench" "$headroom" /usr/bin/time; do
    [ -x "$tool" ] || { echo "bench_big.sh: $tool is missing (build first)" >&2; exit 1; }
done

printf '%-8s %-7s %-6s %-10s %-8s %-9s %-10s %-10s %-10s %-10s %-10s %-9s\n' modules MB \
    gen_s analysis_s calls_s bench_MB analyze_s analyze_cpu analyze_MB ms/module cpu_ms/mod \
    KB/module
for n in $sizes; do
    dir="$tmp/headroom-big-$n-$seed${shape:+-$shape}"
    if [ ! -d "$dir" ]; then
        "$gen" --modules "$n" --seed "$seed" ${shape:+--shape "$shape"} "$dir" \
            > "$tmp/headroom-big-gen.txt"
        gen_s=$(awk '{ print $(NF - 1) }' "$tmp/headroom-big-gen.txt")
    else
        gen_s=-
    fi
    /usr/bin/time -f '%e %M' -o "$tmp/headroom-big-bench.time" \
        "$bench" "$dir" 2 --once > "$tmp/headroom-big-bench.txt"
    /usr/bin/time -f '%e %M %U %S' -o "$tmp/headroom-big-analyze.time" \
        "$headroom" analyze "$dir" -o "$tmp/headroom-big.json" --no-cache > /dev/null
    mb=$(awk 'NR == 1 { for (i = 1; i <= NF; ++i) if ($i == "MB") print $(i - 1) }' \
        "$tmp/headroom-big-bench.txt")
    analysis=$(awk '/full import analysis/ { for (i = 1; i <= NF; ++i) if ($i == "analysis") print $(i + 1) }' \
        "$tmp/headroom-big-bench.txt")
    calls=$(awk '/^call graph/ { for (i = 1; i <= NF; ++i) if ($i == "in") print $(i + 1) }' \
        "$tmp/headroom-big-bench.txt")
    bench_mb=$(awk '/^peak memory/ { print $3 }' "$tmp/headroom-big-bench.txt")
    read -r analyze_s analyze_kb user_s system_s < "$tmp/headroom-big-analyze.time"
    cpu=$(awk "BEGIN { printf \"%.2f\", $user_s + $system_s }")
    printf '%-8s %-7s %-6s %-10s %-8s %-9s %-10s %-10s %-10s %-10s %-10s %-9s\n' "$n" "$mb" \
        "$gen_s" "$analysis" "$calls" "$bench_mb" "$analyze_s" "$cpu" "$((analyze_kb / 1024))" \
        "$(awk "BEGIN { printf \"%.3f\", 1000 * $analyze_s / $n }")" \
        "$(awk "BEGIN { printf \"%.3f\", 1000 * $cpu / $n }")" \
        "$(awk "BEGIN { printf \"%.1f\", $analyze_kb / $n }")"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$dir"
done
rm -f "$tmp/headroom-big.json"

#pragma once

// CallResolver's memoised computations (see ValueMemo in callresolver.h): each worked out
// once, and a cycle of them solved to a fixpoint where it begins; and mapped(), the same
// reading of each value a Set may be. Templates used by every part of the resolver.

#include "callresolver.h"

namespace headroom::detail {

// Watches whether the evaluations made while it lives hit the depth bound (flag set by
// evaluate()); a memo of what they gave is then not kept, so that what a class's bases are
// does not depend on how deep the evaluation that first asked was.
class CutWatch
{
public:
    explicit CutWatch(bool &flag) : m_flag(flag), m_outer(flag) { m_flag = false; }
    ~CutWatch() { m_flag = m_flag || m_outer; }
    CutWatch(const CutWatch &) = delete;
    CutWatch &operator=(const CutWatch &) = delete;
    [[nodiscard]] bool cut() const { return m_flag; }

private:
    bool &m_flag;
    bool m_outer;
};

// The value `compute()` gives for the memo `cellOf()` returns (asked again after computing:
// the table may have grown), computed once unless it met a cycle that began below it; while
// it is being computed (a cycle), what the round before gave (see ValueMemo).
template <typename CellOf, typename F> Value CallResolver::memoised(CellOf &&cellOf, F &&compute)
{
    bool again = false; // worked out in an earlier round of the cycle in progress
    {
        ValueMemo &memo = cellOf();
        switch (memo.state) {
        case Memo::Done:
            return memo.value;
        case Memo::Busy:
            m_cycleLow = std::min(m_cycleLow, memo.level);
            m_levels[std::size_t(memo.level)].read = true;
            return memo.value;
        case Memo::Provisional:
            switch (standing(memo.from())) {
            case Standing::Current:
                m_cycleLow = std::min(m_cycleLow, memo.level);
                return memo.value;
            case Standing::Settled:
                memo.state = Memo::Done;
                return memo.value;
            case Standing::Earlier:
                again = true;
                break;
            case Standing::Stale:
                break;
            }
            break;
        case Memo::Todo:
            break;
        }
        if (!again)
            memo.value = Value::pending();
        memo.state = Memo::Busy;
        memo.level = enterLevel();
    }
    const int level = m_memoLevel;
    const int outer = std::exchange(m_cycleLow, std::numeric_limits<int>::max());
    Value value;
    bool cut = false; // an evaluation hit the depth bound: what it gives is not for keeping
    for (;;) {
        {
            const CutWatch watch(m_cut);
            value = compute();
            cut = cut || watch.cut();
        }
        if (m_cycleLow != level)
            break; // in no cycle, or in one that began further out
        // The cycle began here: run again while it or what was read in progress changes.
        Level &here = m_levels[std::size_t(level)];
        ValueMemo &memo = cellOf();
        if (value == memo.value && !here.dirty) {
            m_settled.insert(here.run, here.round);
            break;
        }
        if (here.round + 1 >= kMaxRounds)
            break;
        memo.value = value;
        ++here.round;
        here.dirty = false;
        here.read = false;
        m_cycleLow = std::numeric_limits<int>::max();
    }
    --m_memoLevel;
    const bool open = m_cycleLow < level; // part of a cycle that began further out
    ValueMemo &memo = cellOf();
    if (open && (again || memo.retries < kMaxRetries)) {
        const Level &here = m_levels[std::size_t(level)];
        Level &root = m_levels[std::size_t(m_cycleLow)];
        // What was read of it while in progress is not what it gives: another round.
        root.dirty = root.dirty || here.dirty || (here.read && !(value == memo.value));
        if (!again)
            ++memo.retries;
        memo.state = Memo::Provisional;
        memo.setFrom({m_cycleLow, root.run, root.round});
        memo.value = value;
    } else if (cut && memo.retries < kMaxRetries) {
        ++memo.retries;
        memo.state = Memo::Todo;
    } else {
        if (value.kind == Value::Pending)
            value = Value::unknown(); // nothing but itself gives it a value
        memo.state = Memo::Done;
        memo.value = value;
    }
    m_cycleLow = open ? std::min(outer, m_cycleLow) : outer;
    return value;
}

// memoised() for a table keyed by (file, index).
template <typename F>
Value CallResolver::memoised(QHash<quint64, ValueMemo> &table, int file, int index, F &&compute)
{
    const quint64 key = (quint64(quint32(file)) << 32) | quint32(index);
    return memoised([&]() -> ValueMemo & { return table[key]; }, std::forward<F>(compute));
}

// `f` of each value a Set may be; a member that gives nothing found makes the whole Unknown,
// one still Pending in a cycle adds nothing (yet).
template <typename F> Value CallResolver::mapped(const Value &value, F &&f)
{
    if (value.kind != Value::Set)
        return f(value);
    const std::span<const Value> members = m_sets[std::size_t(value.id)]; // never move
    std::vector<Value> out;
    out.reserve(members.size());
    for (const Value &member : members) {
        Value v = f(member);
        if (v.kind != Value::Pending && !v.found())
            return Value::unknown();
        out.push_back(std::move(v));
    }
    return unite(out);
}

} // namespace headroom::detail

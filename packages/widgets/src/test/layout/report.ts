/**
 * Reporting: problems as sentences, and the problems of several states of a
 * widget as one list, each problem once, with its worst amount and the
 * states it appears in.
 */
import { round } from './describe.js';
import { groupBy, type LayoutProblem } from './problems.js';

/** A problem as a sentence, with its amount. */
export function describeProblem(problem: LayoutProblem, amount = problem.amount): string {
  return problem.template.replace('{amount}', String(round(amount)));
}

/**
 * Problems found in several states of one widget, as one readable list:
 * each distinct problem once, with its worst amount and the states it
 * appears in. Many pieces of text cut by one box in the same states (a
 * table in a scroller too small for it) are one line: one cause, one fix.
 */
export function formatProblems(byState: ReadonlyMap<string, readonly LayoutProblem[]>): string[] {
  const grouped = new Map<string, { problem: LayoutProblem; amount: number; states: string[] }>();
  for (const [state, problems] of byState) {
    for (const problem of problems) {
      const entry = grouped.get(problem.key);
      if (!entry) grouped.set(problem.key, { problem, amount: problem.amount, states: [state] });
      else {
        // Font sizes: the smallest is the worst; everything else: the largest.
        entry.amount = problem.check === 'font-size' ? Math.min(entry.amount, problem.amount) : Math.max(entry.amount, problem.amount);
        if (!entry.states.includes(state)) entry.states.push(state);
      }
    }
  }
  const allStates = [...byState.keys()];
  const where = (states: readonly string[]): string => {
    const missing = allStates.filter((state) => !states.includes(state));
    if (missing.length === 0 && allStates.length > 1) return 'in every state';
    if (states.length > allStates.length / 2 + 1) return `in every state except: ${missing.join('; ')}`;
    return `in: ${states.join('; ')}`;
  };
  const entries = [...grouped.values()];
  const byCause = groupBy(
    entries.filter((e) => e.problem.cut),
    (e) => `${e.problem.cut?.by}|${e.states.join('|')}`,
  );
  const lines: string[] = [];
  const done = new Set<object>();
  for (const entry of entries) {
    if (done.has(entry)) continue;
    const cause = entry.problem.cut ? byCause.get(`${entry.problem.cut.by}|${entry.states.join('|')}`) : undefined;
    if (cause && cause.length >= 3) {
      cause.forEach((e) => done.add(e));
      const worst = Math.max(...cause.map((e) => e.amount));
      const texts = cause.map((e) => `${e.problem.cut?.text} (${e.problem.cut?.extent})`);
      lines.push(
        `[clipped] ${entry.problem.cut?.by} cuts ${cause.length} pieces of text, by up to ${round(worst)}px: ${texts.join(', ')} — ${where(entry.states)}`,
      );
      continue;
    }
    done.add(entry);
    lines.push(`[${entry.problem.check}] ${describeProblem(entry.problem, entry.amount)} — ${where(entry.states)}`);
  }
  return lines;
}

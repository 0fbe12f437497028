/**
 * Inline configuration comments:
 *   <!-- selfhelp-disable rule-a rule-b -->   ... <!-- selfhelp-enable rule-a -->
 *   <!-- selfhelp-disable-next-line rule-a -->
 *   <!-- selfhelp-disable-line rule-a -->
 * With no rule ids they apply to every rule.
 */
const DIRECTIVE = /<!--\s*selfhelp-(disable-next-line|disable-line|disable|enable)((?:\s+[\w/-]+)*)\s*-->/g;

interface Span {
  rule: string | '*';
  fromLine: number;
  toLine: number;
}

export class Directives {
  private readonly spans: Span[] = [];

  constructor(text: string, lineOf: (offset: number) => number, lineCount: number) {
    if (!text.includes('selfhelp-')) return;
    const open = new Map<string, number>();
    for (const m of text.matchAll(DIRECTIVE)) {
      const line = lineOf(m.index ?? 0);
      const rules = m[2].trim() ? m[2].trim().split(/\s+/) : ['*'];
      for (const rule of rules) {
        switch (m[1]) {
          case 'disable-next-line':
            this.spans.push({ rule, fromLine: line + 1, toLine: line + 1 });
            break;
          case 'disable-line':
            this.spans.push({ rule, fromLine: line, toLine: line });
            break;
          case 'disable':
            if (!open.has(rule)) open.set(rule, line);
            break;
          case 'enable':
            if (rule === '*') {
              for (const [r, from] of open) this.spans.push({ rule: r, fromLine: from, toLine: line });
              open.clear();
            } else if (open.has(rule)) {
              this.spans.push({ rule, fromLine: open.get(rule)!, toLine: line });
              open.delete(rule);
            }
        }
      }
    }
    for (const [rule, from] of open) this.spans.push({ rule, fromLine: from, toLine: lineCount });
  }

  /**
   * The spans that silence any of these rules (or every rule), as [rule, fromLine, toLine]: what the cross-file rules
   * obey.
   */
  spansOf(ruleIds: Set<string>): Array<[rule: string, fromLine: number, toLine: number]> {
    return this.spans.filter((s) => s.rule === '*' || ruleIds.has(s.rule)).map((s) => [s.rule, s.fromLine, s.toLine]);
  }

  disabled(ruleId: string, line: number): boolean {
    return this.spans.some((s) => (s.rule === '*' || s.rule === ruleId) && line >= s.fromLine && line <= s.toLine);
  }
}

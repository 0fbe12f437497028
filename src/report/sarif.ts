/**
 * SARIF 2.1.0 for GitHub code scanning. partialFingerprints hash the rule, the file, the message and the
 * text of the offending line (not its number), so a problem keeps its identity when lines move.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Severity } from '../diagnostic.js';

export interface SarifRule {
  id: string;
  description: string;
  severity: Severity;
  tags?: string[];
  /** why the rule exists (its README's Why), shown by code scanning as the rule's help */
  rationale?: string;
  /** the rule's documentation */
  helpUri?: string;
}

export interface SarifOptions {
  version: string;
  rules: SarifRule[];
  /** the text of a line of a file, for fingerprints; undefined when unknown */
  lineText(file: string, line: number): string | undefined;
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

export function sarif(diagnostics: Diagnostic[], options: SarifOptions): string {
  const known = new Map(options.rules.map((r, i) => [r.id, i]));
  const extra = [...new Set(diagnostics.map((d) => d.ruleId).filter((id) => !known.has(id)))].sort();
  const rules: SarifRule[] = [
    ...options.rules,
    ...extra.map((id) => ({ id, description: id, severity: 'error' as Severity })),
  ];
  rules.forEach((r, i) => known.set(r.id, i));
  const seen = new Map<string, number>();
  const results = diagnostics.map((d) => {
    const line = (options.lineText(d.file, d.line) ?? '').trim().replace(/\s+/g, ' ');
    const base = createHash('sha256')
      .update(`${d.ruleId}\0${d.file}\0${d.message}\0${line}`)
      .digest('hex')
      .slice(0, 32);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      ruleId: d.ruleId,
      ruleIndex: known.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: d.endLine ?? d.line,
              endColumn: Math.max(d.endColumn ?? d.column, d.endLine && d.endLine > d.line ? 1 : d.column),
            },
          },
        },
      ],
      partialFingerprints: { 'selfhelpFingerprint/v1': `${base}:${n}` },
      ...(d.related?.length
        ? {
            relatedLocations: d.related.map((r, i) => ({
              id: i,
              message: { text: r.message },
              physicalLocation: {
                artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: r.line, startColumn: r.column },
              },
            })),
          }
        : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'selfhelp',
            version: options.version,
            informationUri: 'https://github.com/selfhelp/selfhelp',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|[-/])([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description.replace(/`/g, '') },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              help: {
                text: `${r.rationale ?? r.description}${r.helpUri ? ` See ${r.helpUri}` : ''}`,
                markdown: `${r.rationale ?? r.description}${r.helpUri ? `\n\n[Documentation](${r.helpUri})` : ''}`,
              },
              properties: { tags: r.tags ?? [] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

'use client';
import { parsePatch } from 'diff';
import { Fragment, useMemo, useState, type ReactNode } from 'react';

/** One row of a side-by-side view: the old line on the left, the new one on the right (either may be absent). */
interface SplitRow {
  kind: 'ctx' | 'chg' | 'hunk';
  left?: { n: number; text: string; del: boolean };
  right?: { n: number; text: string; add: boolean };
  header?: string;
}

/**
 * The hunks of a unified diff (parsed by `diff`'s parsePatch) as side-by-side rows: a run of
 * removed lines is paired with the run of added lines that follows it, as a reviewer reads them.
 */
export function splitRows(text: string): SplitRow[] {
  const rows: SplitRow[] = [];
  for (const file of parsePatch(text)) {
    for (const h of file.hunks) {
      rows.push({ kind: 'hunk', header: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@` });
      let o = h.oldStart;
      let n = h.newStart;
      let dels: { n: number; text: string }[] = [];
      let adds: { n: number; text: string }[] = [];
      const flush = () => {
        for (let i = 0; i < Math.max(dels.length, adds.length); i++) {
          const l = dels[i];
          const r = adds[i];
          rows.push({ kind: 'chg', left: l && { ...l, del: true }, right: r && { ...r, add: true } });
        }
        dels = [];
        adds = [];
      };
      for (const line of h.lines) {
        const sign = line[0];
        const body = line.slice(1);
        if (sign === '-') dels.push({ n: o++, text: body });
        else if (sign === '+') adds.push({ n: n++, text: body });
        else if (sign === '\\')
          continue; // "\ No newline at end of file"
        else {
          flush();
          rows.push({ kind: 'ctx', left: { n: o++, text: body, del: false }, right: { n: n++, text: body, add: false } });
        }
      }
      flush();
    }
  }
  return rows;
}

const KEYWORD = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)(.*)$/;

/**
 * keepalived.conf, lightly: comments dimmed, the leading keyword of a line emphasised, braces kept
 * plain (https://keepalived.readthedocs.io/en/latest/configuration_synopsis.html: one keyword per
 * line, then its values). Anything else (JSON of an audit event) passes through.
 */
function Highlight({ text }: { text: string }): ReactNode {
  const hash = text.search(/[#!]/);
  const code = hash >= 0 ? text.slice(0, hash) : text;
  const comment = hash >= 0 ? text.slice(hash) : '';
  const m = KEYWORD.exec(code);
  return (
    <>
      {m ? (
        <>
          {m[1]}
          <span className="kw">{m[2]}</span>
          {m[3]}
        </>
      ) : (
        code
      )}
      {comment && <span className="cm">{comment}</span>}
    </>
  );
}

/** A unified diff, as unified (added, removed and hunk lines coloured) or side by side. */
export function DiffView({ text, label = 'Diff' }: { text: string; label?: string }) {
  const [mode, setMode] = useState<'unified' | 'split'>('unified');
  const rows = useMemo(() => (mode === 'split' ? splitRows(text) : []), [mode, text]);
  // The line-number gutter is as wide as the longest number, no wider. A fixed-layout table takes its
  // column widths from its first row — here the Before/After headers spanning two columns each —
  // so without these <col>s each gutter got a quarter of the table.
  const gutter = useMemo(() => {
    const most = rows.reduce((n, r) => Math.max(n, r.left?.n ?? 0, r.right?.n ?? 0), 0);
    return `calc(${String(most).length}ch + 0.8rem)`;
  }, [rows]);
  if (!text) return <p className="muted">No changes.</p>;
  return (
    <div className="diff-view">
      <div className="row diff-modes" role="group" aria-label={`${label}: layout`}>
        <button type="button" className="small-btn" aria-pressed={mode === 'unified'} onClick={() => setMode('unified')}>
          Unified
        </button>
        <button type="button" className="small-btn" aria-pressed={mode === 'split'} onClick={() => setMode('split')}>
          Side by side
        </button>
      </div>
      {mode === 'unified' ? (
        <pre className="diff" data-testid="diff-unified">
          {text.split('\n').map((l, i) => {
            const cls = l.startsWith('@@') ? 'hunk' : l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : undefined;
            return (
              <div key={i} className={cls}>
                {cls === 'hunk' || l.startsWith('+++') || l.startsWith('---') ? (
                  l
                ) : l ? (
                  <>
                    {l[0]}
                    <Highlight text={l.slice(1)} />
                  </>
                ) : (
                  ' '
                )}
              </div>
            );
          })}
        </pre>
      ) : rows.length === 0 ? (
        <pre className="diff">{text}</pre>
      ) : (
        <table className="diff-split" data-testid="diff-split">
          <caption className="sr-only">{label}: old on the left, new on the right</caption>
          <colgroup>
            <col style={{ width: gutter }} />
            <col />
            <col style={{ width: gutter }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" colSpan={2}>
                Before
              </th>
              <th scope="col" colSpan={2}>
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) =>
              r.kind === 'hunk' ? (
                <tr key={i} className="hunk">
                  <td colSpan={4}>{r.header}</td>
                </tr>
              ) : (
                <tr key={i}>
                  <Fragment>
                    <td className="ln">{r.left?.n}</td>
                    <td className={r.left?.del ? 'del' : r.left ? undefined : 'gap'}>{r.left && <Highlight text={r.left.text} />}</td>
                    <td className="ln">{r.right?.n}</td>
                    <td className={r.right?.add ? 'add' : r.right ? undefined : 'gap'}>{r.right && <Highlight text={r.right.text} />}</td>
                  </Fragment>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A unified diff with added, removed and hunk lines coloured. */
export function DiffView({ text }: { text: string }) {
  if (!text) return <p className="muted">No changes.</p>;
  return (
    <pre className="diff">
      {text.split('\n').map((l, i) => (
        <div key={i} className={l.startsWith('@@') ? 'hunk' : l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : undefined}>
          {l || ' '}
        </div>
      ))}
    </pre>
  );
}

import Link from 'next/link';

/** The 404 page's body: what was not found, and where to go instead. */
export function NotFoundView({ what = 'page', detail }: { what?: string; detail?: string }) {
  return (
    <div className="panel not-found" data-testid="not-found">
      <h1>404 — no such {what}</h1>
      <p>{detail ?? `Nothing lives at this address. The link may be old, or the ${what} was deleted.`}</p>
      <p className="row">
        <Link className="button" href="/">
          Go to the clusters
        </Link>
        <span className="muted small">
          or press <kbd>Ctrl</kbd> + <kbd>K</kbd> to search
        </span>
      </p>
    </div>
  );
}

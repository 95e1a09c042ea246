export default function Loading() {
  return <div className="skeleton skeleton-block" role="status" aria-busy="true" aria-label="Loading" />;
}

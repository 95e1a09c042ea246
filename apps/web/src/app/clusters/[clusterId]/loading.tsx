export default function Loading() {
  return <div className="skeleton skeleton-block" aria-busy="true" aria-label="Loading" />;
}

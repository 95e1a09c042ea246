import { LiveTab } from '../../../../features/clusters/components/live-tab';

export default function Page() {
  return <LiveTab />;
}

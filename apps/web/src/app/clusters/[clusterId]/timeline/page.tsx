import { TimelineTab } from '../../../../features/timeline/components/timeline-tab';

export default function Page() {
  return <TimelineTab />;
}

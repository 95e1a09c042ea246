import { HistoryTab } from '../../../../features/history/components/history-tab';

export default function Page() {
  return <HistoryTab />;
}

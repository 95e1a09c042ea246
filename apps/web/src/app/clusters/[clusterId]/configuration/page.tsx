import { ConfigurationTab } from '../../../../features/config/components/configuration-tab';

export default function Page() {
  return <ConfigurationTab />;
}

import { DeployTab } from '../../../../features/deploy/components/deploy-tab';

export default function Page() {
  return <DeployTab />;
}

import { DeployTab } from '../../../../features/deploy/components/deploy-tab';
import { WhatIfPanel } from '../../../../features/fleet/components/what-if-panel';

export default function Page() {
  return (
    <>
      <DeployTab />
      <WhatIfPanel />
    </>
  );
}

/**
 * "Refresh my roles": re-reads the technician's roles in main, so a role activated in PIM after
 * sign-in counts without signing out. The new session reaches the whole app through the session.
 */
import { Button, Tooltip } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { call, useBridge } from '../../bridge';
import { useSession } from '../../session/session-provider';

export function RefreshRolesButton() {
  const bridge = useBridge();
  const { update } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const refresh = async (): Promise<void> => {
    setBusy(true);
    setFailed(null);
    const reply = await call(bridge, 'auth.refreshRoles', {});
    setBusy(false);
    if (reply.ok) update(reply.value);
    else setFailed(reply.error.message);
  };

  return (
    <Tooltip content={failed ?? 'Read my roles again (after activating one in Privileged Identity Management)'} relationship="description">
      <Button appearance="subtle" icon={<ArrowSyncRegular />} disabled={busy} onClick={() => void refresh()}>
        {busy ? 'Reading roles…' : 'Refresh my roles'}
      </Button>
    </Tooltip>
  );
}

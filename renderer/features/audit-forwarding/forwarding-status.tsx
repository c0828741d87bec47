/** The header's audit badge: where the journal stands with the log pipeline, live by event. */
import { Badge } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AuditForwardingView } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { forwardingText } from './forwarding-text';

export function ForwardingStatus({ className }: Readonly<{ className?: string }>) {
  const bridge = useBridge();
  const [view, setView] = useState<AuditForwardingView>({ state: 'off' });
  useEffect(() => {
    let live = true;
    void call(bridge, 'audit.forwarding', {}).then((reply) => {
      if (live && reply.ok) setView(reply.value);
    });
    const off = bridge.on('audit.forwarding.changed', setView);
    return () => {
      live = false;
      off();
    };
  }, [bridge]);
  const shown = forwardingText(view);
  if (shown === null) return null;
  return (
    <Badge appearance="tint" color={shown.color} title={shown.title} className={className} role="status">
      {shown.text}
    </Badge>
  );
}

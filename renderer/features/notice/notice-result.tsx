/**
 * What became of the user's notice after a mint: sent (to whom), or why not and what to tell the
 * user instead. It never blocks the handoff; it is shown until the technician dismisses it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Events } from '../../../preload/contract';
import { useBridge } from '../../bridge';

export function NoticeResult() {
  const bridge = useBridge();
  const [result, setResult] = useState<Events['notice.result'] | null>(null);
  useEffect(() => bridge.on('notice.result', setResult), [bridge]);
  if (!result) return null;
  return (
    <MessageBar intent={result.ok ? 'success' : 'warning'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{result.ok ? 'Notice sent' : 'Notice not sent'}</MessageBarTitle>
        {result.message}
        {result.hint ? ` ${result.hint}` : ''}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Dismiss the notice result" icon={<DismissRegular />} onClick={() => setResult(null)} />}
      />
    </MessageBar>
  );
}

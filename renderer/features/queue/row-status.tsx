/** A queued person's state in words and colour, never claiming more than was checked. */
import { Badge } from '@fluentui/react-components';
import type { QueueRowState } from '../../../preload/contract';

const look: Record<QueueRowState, { text: string; color: 'success' | 'danger' | 'informative' | 'brand' | 'subtle' }> = {
  ready: { text: 'Ready', color: 'success' },
  blocked: { text: 'Blocked', color: 'danger' },
  'not-checked': { text: 'Not checked', color: 'subtle' },
  checking: { text: 'Checking…', color: 'informative' },
  done: { text: 'Done', color: 'brand' },
};

export function RowStatus({ state }: Readonly<{ state: QueueRowState }>) {
  const { text, color } = look[state];
  return (
    <Badge appearance="tint" color={color}>
      {text}
    </Badge>
  );
}

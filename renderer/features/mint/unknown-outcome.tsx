import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { TapInfo } from '../../../preload/contract';

type Props = Readonly<{ tapNow: TapInfo | null; message: string; onReplace: () => void }>;

/**
 * The mint reply was lost: main read the user's pass back, and its message says what that read
 * found (created, unchanged, or none), so it is shown as is, with the one next step.
 */
export function UnknownOutcome({ tapNow, message, onReplace }: Props) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>The reply was lost.</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReplace}>
          {tapNow ? 'Replace pass' : 'Try again'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

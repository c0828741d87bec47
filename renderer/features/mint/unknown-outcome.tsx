import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { TapInfo } from '../../../preload/contract';

type Props = Readonly<{ tapNow: TapInfo | null; message: string; onReplace: () => void }>;

/** The mint reply was lost: say what the read-back found and offer Replace. */
export function UnknownOutcome({ tapNow, message, onReplace }: Props) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>The reply was lost.</MessageBarTitle>
        {tapNow ? 'A pass now exists.' : 'A pass does not exist.'}{' '}
        {tapNow
          ? 'It cannot be shown again; replace it to hand one over.'
          : 'Create one to hand it over.'}
        <div>{message}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReplace}>
          {tapNow ? 'Replace pass' : 'Try again'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

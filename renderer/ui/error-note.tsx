import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { AppError } from '../../preload/contract';

/** An error in a technician's words: what happened, what to do, and the request id for a ticket. */
export function ErrorNote({ error, title }: Readonly<{ error: AppError; title?: string }>) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {error.message}
        {error.hint ? <div>{error.hint}</div> : null}
        {error.requestId ? (
          <Text size={200} font="monospace" block>
            Request ID: {error.requestId}
          </Text>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

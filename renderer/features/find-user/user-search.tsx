/**
 * The search box and its result list, as an ARIA combobox: focus stays in the box, arrow keys
 * move the highlighted result, Enter picks it. Presentational: props in, callbacks out.
 */
import { Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { UserSummary } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import type { SearchStatus } from './use-user-search';
import { UserOption } from './user-option';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: '420px',
    overflowY: 'auto',
  },
  hint: {
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
});

type Props = Readonly<{
  query: string;
  status: SearchStatus;
  inputRef: RefObject<HTMLInputElement | null>;
  onQueryChange: (query: string) => void;
  onSelect: (user: UserSummary) => void;
}>;

/** Search box plus listbox of results with keyboard selection. */
export function UserSearch({ query, status, inputRef, onQueryChange, onSelect }: Props) {
  const styles = useStyles();
  const listId = useId();
  const [active, setActive] = useState(0);
  const users = status.kind === 'results' ? status.users : [];
  const activeIndex = Math.min(active, Math.max(0, users.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && users.length) {
      event.preventDefault();
      setActive((activeIndex + 1) % users.length);
    } else if (event.key === 'ArrowUp' && users.length) {
      event.preventDefault();
      setActive((activeIndex - 1 + users.length) % users.length);
    } else if (event.key === 'Enter') {
      const user = users[activeIndex];
      if (user) {
        event.preventDefault();
        onSelect(user);
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      onQueryChange('');
    }
  };

  return (
    <div className={styles.root}>
      <Field label="Find a user" hint="Ctrl+K from anywhere">
        <Input
          ref={inputRef}
          size="large"
          autoFocus
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={users.length > 0}
          aria-controls={listId}
          aria-activedescendant={users.length ? `${listId}-${String(activeIndex)}` : undefined}
          contentBefore={<Search20Regular aria-hidden="true" />}
          contentAfter={
            status.kind === 'searching' ? <Spinner size="tiny" aria-label="Searching" /> : undefined
          }
          placeholder="Name, UPN, email or employee ID"
          value={query}
          onChange={(_, data) => {
            setActive(0);
            onQueryChange(data.value);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      <div id={listId} role="listbox" aria-label="Matching users" className={styles.list}>
        {users.map((user, i) => (
          <UserOption
            key={user.id}
            id={`${listId}-${String(i)}`}
            user={user}
            active={i === activeIndex}
            onPick={() => onSelect(user)}
          />
        ))}
      </div>
      <StatusLine status={status} />
    </div>
  );
}

function StatusLine({ status }: Readonly<{ status: SearchStatus }>) {
  const styles = useStyles();
  switch (status.kind) {
    case 'empty':
      return <Text className={styles.hint}>Type a name, UPN, email or employee ID</Text>;
    case 'no-match':
      return (
        <Text className={styles.hint} role="status">
          No user matches that search.
        </Text>
      );
    case 'error':
      return <ErrorNote error={status.error} title="Search failed" />;
    default:
      return null;
  }
}

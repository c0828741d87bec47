/**
 * The search box and its result list, as an ARIA combobox: focus stays in the box, arrow keys
 * move the highlighted result, Enter picks it. Presentational: props in, callbacks out.
 */
import { Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { UserSummary } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { answersQuery, type SearchStatus } from './use-user-search';
import { UserOption } from './user-option';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: '420px',
    overflowY: 'auto',
    // Above the card on a small screen: a few rows, so the card stays near the top.
    '@media (max-width: 1199px)': { maxHeight: '172px' },
  },
  // Results of an earlier query stay visible while the new one is pending, but faded and inert.
  stale: { opacity: 0.5 },
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
  /** Enter before the results for the text in the box: ask for them without waiting the pause. */
  onSearchNow: () => void;
  onSelect: (user: UserSummary) => void;
}>;

/** Search box plus listbox of results with keyboard selection. */
export function UserSearch({ query, status, inputRef, onQueryChange, onSearchNow, onSelect }: Props) {
  const styles = useStyles();
  const listId = useId();
  const [active, setActive] = useState(0);
  // Enter pressed before the results for the text in the box arrived: pick when they do.
  const enterFor = useRef<string | null>(null);
  const users = status.kind === 'results' ? status.users : [];
  const fresh = answersQuery(status, query);
  const activeIndex = Math.min(active, Math.max(0, users.length - 1));

  useEffect(() => {
    if (enterFor.current === null) return;
    if (
      enterFor.current !== query.trim() ||
      status.kind === 'no-match' ||
      status.kind === 'error'
    ) {
      enterFor.current = null;
    } else if (status.kind === 'results' && status.query === enterFor.current) {
      enterFor.current = null;
      const first = status.users[0];
      if (first) onSelect(first);
    }
  }, [query, status, onSelect]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && fresh && users.length) {
      event.preventDefault();
      setActive((activeIndex + 1) % users.length);
    } else if (event.key === 'ArrowUp' && fresh && users.length) {
      event.preventDefault();
      setActive((activeIndex - 1 + users.length) % users.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Only results that answer the text in the box may open a card; otherwise wait for them.
      const user = fresh ? users[activeIndex] : undefined;
      if (user) onSelect(user);
      else if (query.trim() !== '') {
        enterFor.current = query.trim();
        onSearchNow();
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
          aria-activedescendant={
            fresh && users.length ? `${listId}-${String(activeIndex)}` : undefined
          }
          contentBefore={<Search20Regular aria-hidden="true" />}
          contentAfter={
            status.kind === 'searching' || (status.kind === 'results' && !fresh) ? (
              <Spinner size="tiny" aria-label="Searching" />
            ) : undefined
          }
          placeholder="Name, UPN, email or employee ID"
          value={query}
          onChange={(_, data) => {
            setActive(0);
            enterFor.current = null;
            onQueryChange(data.value);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      <div
        id={listId}
        role="listbox"
        aria-label="Matching users"
        aria-busy={!fresh && users.length > 0}
        className={fresh ? styles.list : `${styles.list} ${styles.stale}`}
      >
        {users.map((user, i) => (
          <UserOption
            key={user.id}
            id={`${listId}-${String(i)}`}
            user={user}
            active={fresh && i === activeIndex}
            // A click names the person it picks, so even a faded (earlier) result may be clicked.
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

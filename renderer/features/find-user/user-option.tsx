import { Avatar, Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { UserSummary, UserTag } from '../../../preload/contract';

const useStyles = makeStyles({
  option: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  tags: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
  },
});

const tagColor: Record<UserTag, 'informative' | 'danger' | 'subtle' | 'important'> = {
  Guest: 'informative',
  Disabled: 'danger',
  Synced: 'subtle',
  Admin: 'important',
};

type Props = Readonly<{ id: string; user: UserSummary; active: boolean; onPick: () => void }>;

/** Job title, department and employee id: what tells two people of the same name apart. */
function detailsOf(user: UserSummary): string {
  return [user.jobTitle, user.department, user.employeeId ? `ID ${user.employeeId}` : undefined].filter(Boolean).join(' · ');
}

/** One search result: initials, name, UPN, job title, department, employee id and tags. */
export function UserOption({ id, user, active, onPick }: Props) {
  const styles = useStyles();
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={mergeClasses(styles.option, active && styles.active)}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <Avatar name={user.displayName} color="colorful" size={36} aria-hidden="true" />
      <span className={styles.text}>
        <Text weight="semibold">{user.displayName}</Text>
        <Text size={200} className={styles.secondary}>
          {user.userPrincipalName}
        </Text>
        {detailsOf(user) ? (
          <Text size={200} className={styles.secondary}>
            {detailsOf(user)}
          </Text>
        ) : null}
      </span>
      <span className={styles.tags}>
        {user.tags.map((tag) => (
          <Badge key={tag} appearance="tint" color={tagColor[tag]} size="medium">
            {tag}
          </Badge>
        ))}
      </span>
    </div>
  );
}

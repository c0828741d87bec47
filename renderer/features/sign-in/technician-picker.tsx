/**
 * Demo mode only: which seeded technician the trainee signs in as. Each one stands for a role
 * (what they may do is the lesson), so the option shows the roles and what they mean.
 */
import { Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DemoTechnician } from '../../../preload/contract';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  roles: { color: tokens.colorBrandForeground1 },
  description: { color: tokens.colorNeutralForeground2 },
});

/** The roles in one line; a technician without an admin role says so. */
export function rolesText(technician: DemoTechnician): string {
  return technician.roles.length ? technician.roles.join(', ') : 'No admin role';
}

type Props = Readonly<{
  technicians: readonly DemoTechnician[];
  value: string;
  disabled?: boolean;
  onChange: (upn: string) => void;
}>;

/** Presentational picker: name and roles, with the description as secondary text. */
export function TechnicianPicker({ technicians, value, disabled, onChange }: Props) {
  const styles = useStyles();
  const selected = technicians.find((t) => t.upn === value);
  return (
    <Field label="Sign in as" hint={selected?.description}>
      <Dropdown
        // In place, not in a portal: the app's provider gives portals its full-page class.
        inlinePopup
        disabled={disabled}
        value={selected ? `${selected.displayName} · ${rolesText(selected)}` : ''}
        selectedOptions={selected ? [selected.upn] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
      >
        {technicians.map((t) => (
          <Option key={t.upn} value={t.upn} text={`${t.displayName} · ${rolesText(t)}`}>
            <span className={styles.option}>
              <Text weight="semibold">{t.displayName}</Text>
              <Text size={200} className={styles.roles}>
                {rolesText(t)}
              </Text>
              <Text size={200} className={styles.description}>
                {t.description}
              </Text>
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

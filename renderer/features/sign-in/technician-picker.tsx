/**
 * Demo mode only: which seeded technician the trainee signs in as. Each one stands for a role
 * (what they may do is the lesson), so the option shows the roles and what they mean.
 *
 * It looks and behaves like Fluent's Dropdown (a select-only combobox with its popup in place),
 * with Fluent's styles and positioning, but without the component itself: the Dropdown would add
 * a third to the first screen's JavaScript, and this is the first screen.
 */
import {
  Field,
  Text,
  makeStyles,
  tokens,
  useFieldContext_unstable,
  useFieldControlProps_unstable,
  usePositioning,
} from '@fluentui/react-components';
import { CheckmarkFilled, ChevronDownRegular } from '@fluentui/react-icons';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { DemoTechnician } from '../../../preload/contract';
import { useDropdownLook, useOptionLook } from './use-dropdown-look';
import { useSelectPopup } from './use-select-popup';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  roles: { color: tokens.colorBrandForeground1 },
  description: { color: tokens.colorNeutralForeground2 },
});

/** The roles in one line; a technician without an admin role says so. */
export function rolesText(technician: DemoTechnician): string {
  return technician.roles.length ? technician.roles.join(', ') : 'No admin role';
}

const optionText = (t: DemoTechnician): string => `${t.displayName} · ${rolesText(t)}`;

type Props = Readonly<{
  technicians: readonly DemoTechnician[];
  value: string;
  disabled?: boolean;
  onChange: (upn: string) => void;
}>;

/** Presentational picker: name and roles, with the description as secondary text. */
export function TechnicianPicker({ technicians, value, disabled, onChange }: Props) {
  const selected = technicians.find((t) => t.upn === value);
  return (
    <Field label="Sign in as" hint={selected?.description}>
      <TechnicianSelect
        technicians={technicians}
        selected={selected}
        disabled={disabled}
        onChange={onChange}
      />
    </Field>
  );
}

type SelectProps = Readonly<{
  technicians: readonly DemoTechnician[];
  selected: DemoTechnician | undefined;
  disabled?: boolean;
  onChange: (upn: string) => void;
}>;

/** The combobox itself; it takes its id, label and hint from the Field around it. */
function TechnicianSelect({ technicians, selected, disabled, onChange }: SelectProps) {
  const styles = useStyles();
  const ids = useId();
  const listboxId = `${ids}-listbox`;
  const optionId = (index: number) => `${ids}-option-${index}`;
  // id, aria-describedby (the hint) and the label's target, as Field gives any Fluent control.
  const fieldProps = useFieldControlProps_unstable({}, { supportsLabelFor: true });
  const labelId = useFieldContext_unstable()?.labelId;
  const popup = useSelectPopup({
    texts: technicians.map(optionText),
    selected: technicians.findIndex((t) => t.upn === selected?.upn),
    onSelect: (index) => {
      const chosen = technicians[index];
      if (chosen) onChange(chosen.upn);
    },
  });
  // Where Fluent's Dropdown puts its popup: below, else above, else beside, as wide as the field.
  const { targetRef, containerRef } = usePositioning({
    position: 'below',
    align: 'start',
    offset: { crossAxis: 0, mainAxis: 2 },
    fallbackPositions: ['above', 'after', 'after-top', 'before', 'before-top'],
    matchTargetSize: 'width',
    autoSize: true,
  });
  const look = useDropdownLook({ open: popup.open, disabled: disabled ?? false });
  const listRef = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (popup.active !== null) revealInList(listRef.current, optionId(popup.active));
    // optionId is derived from ids, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [popup.active]);

  return (
    <div ref={targetRef} className={look.root}>
      <button
        {...fieldProps}
        type="button"
        role="combobox"
        aria-expanded={popup.open}
        aria-controls={popup.open ? listboxId : undefined}
        aria-activedescendant={
          popup.open && popup.active !== null ? optionId(popup.active) : undefined
        }
        tabIndex={disabled ? undefined : 0}
        disabled={disabled}
        className={look.button}
        onKeyDown={popup.onKeyDown}
        onPointerDown={popup.onPointerDown}
        onClick={popup.onClick}
        onBlur={popup.onBlur}
      >
        {selected ? optionText(selected) : ''}
        <span className={look.expandIcon}>
          <ChevronDownRegular />
        </span>
      </button>
      {popup.open ? (
        <div
          ref={(element) => {
            listRef.current = element;
            containerRef.current = element;
          }}
          role="listbox"
          id={listboxId}
          aria-labelledby={labelId}
          className={look.listbox}
          // A click in the list keeps focus on the trigger, so the popup stays open until picked.
          onMouseDown={(e) => e.preventDefault()}
        >
          {technicians.map((t, index) => (
            <PickerOption
              key={t.upn}
              id={optionId(index)}
              selected={t.upn === selected?.upn}
              keyboardActive={popup.keyboard && popup.active === index}
              onClick={() => popup.onOptionClick(index)}
            >
              <span className={styles.option}>
                <Text weight="semibold">{t.displayName}</Text>
                <Text size={200} className={styles.roles}>
                  {rolesText(t)}
                </Text>
                <Text size={200} className={styles.description}>
                  {t.description}
                </Text>
              </span>
            </PickerOption>
          ))}
        </div>
      ) : null}
    </div>
  );
}

type OptionProps = Readonly<{
  id: string;
  selected: boolean;
  /** Outlined as the keyboard's position (Fluent's attribute for it), focus staying on the trigger. */
  keyboardActive: boolean;
  onClick: () => void;
  children: ReactNode;
}>;

/** One option with Fluent's check mark. */
function PickerOption({ id, selected, keyboardActive, onClick, children }: OptionProps) {
  const look = useOptionLook(selected);
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      className={look.root}
      data-activedescendant-focusvisible={keyboardActive ? '' : undefined}
      onClick={onClick}
    >
      <span aria-hidden="true" className={look.checkIcon}>
        <CheckmarkFilled />
      </span>
      {children}
    </div>
  );
}

/** Scrolls the list, never the page, so the option at `id` is in view (2 px clear, as Fluent). */
function revealInList(list: HTMLElement | null, id: string): void {
  const option = list?.ownerDocument.getElementById(id);
  if (!list || !option) return;
  const top = option.offsetTop;
  const bottom = top + option.offsetHeight;
  if (top < list.scrollTop) list.scrollTo(0, top - 2);
  else if (bottom > list.scrollTop + list.clientHeight)
    list.scrollTo(0, bottom - list.clientHeight + 2);
}

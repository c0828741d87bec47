/**
 * Fluent's own Dropdown, Listbox and Option styles (medium, outline, popup in place) for the
 * technician picker, through Fluent's public style hooks: the same class names and rules as the
 * Dropdown component, without the component, whose focus manager and option registry would add
 * a third to the first screen's JavaScript. The hooks read only the fields given here.
 */
import {
  useDropdownStyles_unstable,
  useListboxStyles_unstable,
  useOptionStyles_unstable,
  type DropdownState,
  type ListboxState,
  type OptionState,
} from '@fluentui/react-components';

/** Class names for the picker's root, trigger, chevron and popup. */
export function useDropdownLook({
  open,
  disabled,
}: Readonly<{ open: boolean; disabled: boolean }>) {
  const dropdown = {
    appearance: 'outline',
    size: 'medium',
    open,
    inlinePopup: true,
    placeholderVisible: false,
    showClearButton: false,
    root: {},
    button: { disabled },
    listbox: {},
    expandIcon: {},
  } as unknown as DropdownState;
  useDropdownStyles_unstable(dropdown);
  // As in Fluent, the popup is a Listbox whose own rules come first and the Dropdown's win.
  const listbox = { root: { className: dropdown.listbox?.className } } as unknown as ListboxState;
  useListboxStyles_unstable(listbox);
  return {
    root: dropdown.root.className,
    button: dropdown.button.className,
    expandIcon: dropdown.expandIcon?.className,
    listbox: listbox.root.className,
  };
}

/** Class names for one single-select option and its check mark. */
export function useOptionLook(selected: boolean) {
  const option = {
    disabled: false,
    multiselect: false,
    selected,
    root: {},
    checkIcon: {},
  } as unknown as OptionState;
  useOptionStyles_unstable(option);
  return { root: option.root.className, checkIcon: option.checkIcon?.className };
}

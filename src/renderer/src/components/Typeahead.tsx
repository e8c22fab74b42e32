import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface TypeaheadProps<T> {
  value: string;
  onChange: (text: string) => void;
  options: readonly T[];
  optionKey: (option: T) => number;
  renderOption: (option: T) => ReactNode;
  onPick: (option: T) => void;
  /** offered when the text matches no option exactly, e.g. "New outlet “大众网”" */
  createLabel?: ReactNode;
  onCreate?: () => void;
  exactMatch?: boolean;
  optionTestId?: (option: T) => string;
  createTestId?: string;
  inputRef?: Ref<HTMLInputElement>;
  inputProps?: InputHTMLAttributes<HTMLInputElement> & { 'data-testid'?: string };
}

/**
 * A combobox: type, ↑/↓ to move, Enter to pick, Esc to close and leave. The list is a
 * popup of the input (aria-activedescendant), so focus never leaves the field.
 */
export function Typeahead<T>(props: TypeaheadProps<T>) {
  const { value, onChange, options, optionKey, renderOption, onPick, createLabel, onCreate, exactMatch } = props;
  const { inputRef, inputProps, optionTestId, createTestId } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const canCreate = Boolean(onCreate && createLabel && value.trim() && !exactMatch);
  const count = options.length + (canCreate ? 1 : 0);
  const highlighted = count === 0 ? -1 : Math.min(active, count - 1);
  const show = open && count > 0;

  function choose(index: number): void {
    if (index < options.length) onPick(options[index]!);
    else if (canCreate) onCreate?.();
    setOpen(false);
  }

  return (
    <div className="typeahead">
      <input
        {...inputProps}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-expanded={show}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={show && highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
        autoComplete="off"
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, count - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && show && highlighted >= 0 && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            e.stopPropagation();
            choose(highlighted);
          } else if (e.key === 'Escape') {
            // closes the list and lets Esc go on, so one press also leaves the field
            setOpen(false);
          }
          inputProps?.onKeyDown?.(e);
        }}
      />
      {show ? (
        <ul className="typeahead-list" role="listbox" id={listId}>
          {options.map((option, index) => (
            <li
              key={optionKey(option)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlighted}
              className={index === highlighted ? 'active' : undefined}
              data-testid={optionTestId?.(option)}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                choose(index);
              }}
            >
              {renderOption(option)}
            </li>
          ))}
          {canCreate ? (
            <li
              id={`${listId}-${options.length}`}
              role="option"
              aria-selected={highlighted === options.length}
              className={`create${highlighted === options.length ? ' active' : ''}`}
              data-testid={createTestId}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(options.length);
              }}
            >
              {createLabel}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

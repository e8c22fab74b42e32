import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DraggableAttributes,
  type DraggableSyntheticListeners
} from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';

export interface DragHandle {
  setActivator: (element: HTMLElement | null) => void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  /** Alt+↑ / Alt+↓ on the handle moves the row one place without lifting it */
  onKeyDown: (event: KeyboardEvent) => void;
}

interface Props<T extends { id: number }> {
  items: readonly T[];
  /** the row moved to `toIndex` (0-based, in this list) */
  onMove: (id: number, toIndex: number) => void;
  renderItem: (item: T, handle: DragHandle, dragging: boolean) => ReactNode;
  className?: string;
  testId?: string;
  disabled?: boolean;
}

function SortableRow<T extends { id: number }>({
  item,
  onStep,
  renderItem,
  disabled
}: {
  item: T;
  /** moves the row `by` places (-1 up, 1 down) if it can; false when it is already at that end */
  onStep: (id: number, by: -1 | 1) => boolean;
  renderItem: Props<T>['renderItem'];
  disabled: boolean;
}) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled
  });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
    position: 'relative',
    zIndex: isDragging ? 5 : undefined
  };
  // the row's place is looked up when the key is pressed, not built into the handle: a call
  // moves every row up one, and a handle that changed with it would redraw every card
  // one object per change of its parts, so that memoized rows (question cards) skip their render
  const handle = useMemo<DragHandle>(
    () => ({
      setActivator: setActivatorNodeRef,
      attributes,
      listeners,
      onKeyDown: (event) => {
        if (!event.altKey || disabled) return;
        const by = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
        if (by === 0 || !onStep(item.id, by)) return;
        event.preventDefault();
        event.stopPropagation();
      }
    }),
    [setActivatorNodeRef, attributes, listeners, disabled, onStep, item.id]
  );
  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'dragging' : undefined}>
      {renderItem(item, handle, isDragging)}
    </li>
  );
}

const MemoRow = memo(SortableRow) as typeof SortableRow;

// constant, so that the sensors, and with them every row's drag listeners, keep their identity between renders
const POINTER = { activationConstraint: { distance: 4 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * A list reordered by dragging a row's handle, or from the keyboard: focus the
 * handle, Space to lift, ↑/↓ to move, Space to drop (dnd-kit's keyboard sensor),
 * or Alt+↑/↓ to move one place at once. The new order shows at once and the
 * server's answer confirms it.
 */
export function SortableList<T extends { id: number }>({ items, onMove, renderItem, className, testId, disabled = false }: Props<T>) {
  const { t } = useTranslation();
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  // the order shown until the server's own order arrives (it replaces `items`)
  const [pending, setPending] = useState<{ basis: readonly T[]; order: T[] } | null>(null);
  const shown = pending && pending.basis === items ? pending.order : items;

  // read through refs, so that `move` keeps its identity and memoized rows skip their render
  const latest = useRef({ shown, items, onMove });
  useLayoutEffect(() => {
    latest.current = { shown, items, onMove };
  });
  const move = useCallback((id: number, toIndex: number): void => {
    const { shown: current, items: basis, onMove: report } = latest.current;
    const from = current.findIndex((item) => item.id === id);
    if (from < 0 || from === toIndex) return;
    setPending({ basis, order: arrayMove([...current], from, toIndex) });
    report(id, toIndex);
  }, []);
  const step = useCallback(
    (id: number, by: -1 | 1): boolean => {
      const current = latest.current.shown;
      const to = current.findIndex((item) => item.id === id) + by;
      if (to < 0 || to >= current.length) return false;
      move(id, to);
      return true;
    },
    [move]
  );

  function onDragEnd(event: DragEndEvent): void {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const to = shown.findIndex((item) => item.id === over.id);
    if (to >= 0) move(Number(active.id), to);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('common:sortable.instructions') }
      }}
    >
      <SortableContext items={shown.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol className={`sortable ${className ?? ''}`} data-testid={testId}>
          {shown.map((item) => (
            <MemoRow key={item.id} item={item} onStep={step} renderItem={renderItem} disabled={disabled} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

export function HandleButton({ handle, label }: { handle: DragHandle; label: string }) {
  const { setActivator, attributes, listeners, onKeyDown } = handle;
  return (
    <button
      type="button"
      className="drag-handle"
      ref={setActivator}
      {...attributes}
      {...listeners}
      onKeyDown={(event) => {
        onKeyDown(event);
        if (!event.defaultPrevented) listeners?.onKeyDown?.(event);
      }}
      aria-label={label}
      title={label}
    >
      ⋮⋮
    </button>
  );
}

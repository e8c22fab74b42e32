import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/**
 * A long list drawn only where it is visible (the timeline's 2,000 turns, the
 * queue's closed questions). Rows may differ in height: each is measured once drawn.
 * With `follow`, the list stays pinned to its end while new rows arrive, unless
 * the moderator has scrolled up to read.
 */
export function VirtualList<T>({
  items,
  estimateSize,
  itemKey,
  renderItem,
  className,
  testId,
  follow = false,
  scrollToIndex = null,
  empty
}: {
  items: readonly T[];
  estimateSize: number;
  itemKey: (item: T) => number | string;
  renderItem: (item: T, index: number) => ReactNode;
  className?: string;
  testId?: string;
  follow?: boolean;
  scrollToIndex?: number | null;
  empty?: ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  // stable unless the list changes: the virtualizer recomputes every row's position when it changes
  const getItemKey = useCallback((index: number) => itemKey(items[index]!), [items, itemKey]);
  const estimate = useCallback(() => estimateSize, [estimateSize]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimate,
    getItemKey,
    overscan: 6
  });

  useEffect(() => {
    if (follow && pinned.current && items.length > 0) virtualizer.scrollToIndex(items.length - 1, { align: 'end' });
  }, [follow, items.length, virtualizer]);

  useEffect(() => {
    if (scrollToIndex !== null && scrollToIndex >= 0) virtualizer.scrollToIndex(scrollToIndex, { align: 'auto' });
  }, [scrollToIndex, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className={`virtual-scroll ${className ?? ''}`}
      data-testid={testId}
      onScroll={(e) => {
        const el = e.currentTarget;
        pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
      }}
    >
      {items.length === 0 ? empty : null}
      <div className="virtual-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

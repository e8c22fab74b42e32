import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Clamps a block of text to as many whole lines as its box has room for, so a
 * long question ends with an ellipsis at the bottom of its card on any screen
 * (a fixed line count would either cut mid-line on a small screen or leave a
 * large one half empty). The box gets its height from its flex parent; this
 * only sets -webkit-line-clamp, again whenever the box or the text changes.
 */
export function useFitLines<T extends HTMLElement>(text: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
      const room = el.parentElement ? roomFor(el) : el.clientHeight;
      const lines = Number.isFinite(lineHeight) && lineHeight > 0 ? Math.max(1, Math.floor(room / lineHeight)) : 3;
      el.style.setProperty('-webkit-line-clamp', String(lines));
      el.style.setProperty('line-clamp', String(lines));
      el.style.maxHeight = `${lines * lineHeight}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el.parentElement ?? el);
    return () => observer.disconnect();
  }, [text]);
  return ref;
}

/** The height left for the element in its parent: the parent's content box less its other children and the gaps. */
function roomFor(el: HTMLElement): number {
  const parent = el.parentElement!;
  const style = getComputedStyle(parent);
  let room = parent.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const gap = parseFloat(style.rowGap) || 0;
  const siblings = Array.from(parent.children) as HTMLElement[];
  for (const child of siblings) if (child !== el) room -= child.getBoundingClientRect().height;
  room -= gap * Math.max(0, siblings.length - 1);
  return room;
}

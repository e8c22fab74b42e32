/**
 * Which display the stage window belongs on. No electron here, so that it is
 * tested in Node: the shell passes electron's screen.getAllDisplays() in.
 */
export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  /** true for a laptop's own panel (electron sets it where the OS says so) */
  internal?: boolean;
}

/**
 * A display other than the moderator's, preferring an external one (the
 * projector or the monitor facing the stage), then the largest. Null when the
 * moderator's display is the only one: the stage then opens as a window.
 */
export function chooseStageDisplay<D extends DisplayLike>(displays: readonly D[], moderatorDisplayId: number | null): D | null {
  const others = displays.filter((d) => d.id !== moderatorDisplayId);
  if (others.length === 0 || displays.length < 2) return null;
  const area = (d: D) => d.bounds.width * d.bounds.height;
  return [...others].sort((a, b) => Number(a.internal === true) - Number(b.internal === true) || area(b) - area(a))[0]!;
}

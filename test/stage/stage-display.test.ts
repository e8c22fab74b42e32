import { describe, expect, it } from 'vitest';
import { chooseStageDisplay, type DisplayLike } from '../../src/main/stage-display';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const projector: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
const tv: DisplayLike = { id: 3, bounds: { x: 3360, y: 0, width: 3840, height: 2160 }, internal: false };

describe('which display the stage window goes on', () => {
  it('is none when the moderator’s display is the only one', () => {
    expect(chooseStageDisplay([laptop], 1)).toBeNull();
    expect(chooseStageDisplay([], null)).toBeNull();
  });

  it('is the other display, never the moderator’s', () => {
    expect(chooseStageDisplay([laptop, projector], 1)?.id).toBe(2);
    // the console was dragged to the projector: the laptop's own panel faces the stage
    expect(chooseStageDisplay([laptop, projector], 2)?.id).toBe(1);
  });

  it('prefers an external display, then the largest', () => {
    expect(chooseStageDisplay([laptop, projector, tv], 1)?.id).toBe(3);
    const panel2: DisplayLike = { ...laptop, id: 4, bounds: { ...laptop.bounds, width: 5000, height: 3000 } };
    expect(chooseStageDisplay([panel2, projector, laptop], 1)?.id).toBe(2);
  });
});

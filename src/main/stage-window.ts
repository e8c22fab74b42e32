/**
 * The stage display as an Electron window: on the second display, full screen,
 * when one is connected (and moved there when one is plugged in); otherwise a
 * normal window the moderator can drag to a projector. It shows the renderer's
 * #/stage/:id page, which has no controls, through the same preload and the
 * same security rules as the moderator's window, in a session of its own: the
 * moderator's session is where the microphone and the rostrum-audio: scheme
 * are, and the stage never records or plays (shell.ts).
 */
import type { Rostrum } from './core/rostrum';
import type { ElectronApi, ShellWindow } from './electron-api';
import { chooseStageDisplay } from './stage-display';
import { windowOptions } from './window-options';

/** The stage's in-memory session: granted nothing, and without the audio scheme. */
export const STAGE_PARTITION = 'rostrum-stage';

export interface StageWindowOptions {
  rostrum: Rostrum;
  preloadPath: string;
  /** the renderer's #/stage/:id page for a conference */
  stageUrl: (conferenceId: number) => string;
  /** the moderator's window: the stage goes on another display */
  mainWindow: () => ShellWindow | null;
}

export function attachStageWindows(electron: Pick<ElectronApi, 'BrowserWindow' | 'powerSaveBlocker' | 'screen'>, options: StageWindowOptions) {
  const { BrowserWindow, powerSaveBlocker, screen } = electron;
  let stage: ShellWindow | null = null;
  let stageConferenceId: number | null = null;
  let sleepBlocker: number | null = null;

  function moderatorDisplayId(): number | null {
    const main = options.mainWindow();
    return main && !main.isDestroyed() ? screen.getDisplayMatching(main.getBounds()).id : null;
  }

  function targetDisplay() {
    return chooseStageDisplay(screen.getAllDisplays(), moderatorDisplayId());
  }

  /**
   * Full screen on the stage display when there is one; a window beside the console when not.
   * Only for a shown window: made full screen while hidden, a window shows itself, focused.
   */
  function place(window: ShellWindow): void {
    const display = targetDisplay();
    if (display) {
      window.setFullScreen(false);
      window.setBounds(display.bounds);
      window.setFullScreen(true);
    } else if (window.isFullScreen()) {
      window.setFullScreen(false);
    }
  }

  function load(window: ShellWindow, conferenceId: number): void {
    void window.loadURL(options.stageUrl(conferenceId));
  }

  function open(conferenceId: number): ShellWindow {
    if (stage && !stage.isDestroyed()) {
      if (stageConferenceId !== conferenceId) load(stage, conferenceId);
      stageConferenceId = conferenceId;
      stage.showInactive();
      place(stage);
      return stage;
    }
    const base = windowOptions(options.preloadPath);
    const window = new BrowserWindow({
      ...base,
      width: 1280,
      height: 720,
      minWidth: 640,
      minHeight: 360,
      title: 'Rostrum — Stage',
      backgroundColor: '#05070a',
      autoHideMenuBar: true,
      webPreferences: { ...base.webPreferences, backgroundThrottling: false, partition: STAGE_PARTITION }
    });
    window.setMenuBarVisibility(false);
    // Shown without taking focus, then placed: the moderator keeps typing in the console.
    window.once('ready-to-show', () => {
      window.showInactive();
      place(window);
    });
    window.on('closed', () => {
      if (stage === window) {
        stage = null;
        stageConferenceId = null;
      }
      if (sleepBlocker !== null && powerSaveBlocker.isStarted(sleepBlocker)) powerSaveBlocker.stop(sleepBlocker);
      sleepBlocker = null;
    });
    stage = window;
    stageConferenceId = conferenceId;
    load(window, conferenceId);
    // a confidence monitor that goes to sleep mid-answer is worse than none
    sleepBlocker = powerSaveBlocker.start('prevent-display-sleep');
    return window;
  }

  function liveConferenceId(): number | null {
    return options.rostrum.router.invoke('conference.list', { status: 'live' })[0]?.id ?? null;
  }

  /** For a menu item: the live conference's stage (else the most recent conference's). */
  function openForLive(): ShellWindow | null {
    const id = liveConferenceId() ?? options.rostrum.router.invoke('conference.list', {})[0]?.id ?? null;
    return id === null ? null : open(id);
  }

  // A display plugged in mid-conference gets the stage at once.
  screen.on('display-added', () => {
    if (stage && !stage.isDestroyed()) place(stage);
    else {
      const live = liveConferenceId();
      if (live !== null && targetDisplay()) open(live);
    }
  });
  screen.on('display-removed', () => {
    if (stage && !stage.isDestroyed()) place(stage);
  });
  // Starting a conference with a second display connected puts the stage on it.
  const unsubscribe = options.rostrum.subscribe((event) => {
    if (event.method === 'live.start' && event.conferenceId !== null && targetDisplay()) open(event.conferenceId);
  });

  return {
    open,
    openForLive,
    close(): void {
      unsubscribe();
      if (stage && !stage.isDestroyed()) stage.close();
    }
  };
}

export type StageWindows = ReturnType<typeof attachStageWindows>;

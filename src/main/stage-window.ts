/**
 * The stage display as an Electron window: on the second display, full screen,
 * when one is connected (and moved there when one is plugged in); otherwise a
 * normal window the moderator can drag to a projector. It shows the renderer's
 * #/stage/:id page, which has no controls, through the same preload and the
 * same security rules as the moderator's window.
 */
import { BrowserWindow, powerSaveBlocker, screen } from 'electron';
import path from 'node:path';
import type { Rostrum } from './core/rostrum';
import { chooseStageDisplay } from './stage-display';
import { windowOptions } from './window-options';

export interface StageWindowOptions {
  rostrum: Rostrum;
  preloadPath: string;
  /** out/renderer */
  rendererDir: string;
  /** the dev server's URL during `electron-vite dev`, else null */
  devUrl: string | null;
  /** the moderator's window: the stage goes on another display */
  mainWindow: () => BrowserWindow | null;
}

export function attachStageWindows(options: StageWindowOptions) {
  let stage: BrowserWindow | null = null;
  let stageConferenceId: number | null = null;
  let sleepBlocker: number | null = null;

  function moderatorDisplayId(): number | null {
    const main = options.mainWindow();
    return main && !main.isDestroyed() ? screen.getDisplayMatching(main.getBounds()).id : null;
  }

  function targetDisplay() {
    return chooseStageDisplay(screen.getAllDisplays(), moderatorDisplayId());
  }

  /** Full screen on the stage display when there is one; a window beside the console when not. */
  function place(window: BrowserWindow): void {
    const display = targetDisplay();
    if (display) {
      window.setFullScreen(false);
      window.setBounds(display.bounds);
      window.setFullScreen(true);
    } else if (window.isFullScreen()) {
      window.setFullScreen(false);
    }
  }

  function load(window: BrowserWindow, conferenceId: number): void {
    const hash = `/stage/${conferenceId}`;
    if (options.devUrl) void window.loadURL(`${options.devUrl}#${hash}`);
    else void window.loadFile(path.join(options.rendererDir, 'index.html'), { hash });
  }

  function open(conferenceId: number): BrowserWindow {
    if (stage && !stage.isDestroyed()) {
      if (stageConferenceId !== conferenceId) load(stage, conferenceId);
      stageConferenceId = conferenceId;
      place(stage);
      stage.showInactive();
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
      webPreferences: { ...base.webPreferences, backgroundThrottling: false }
    });
    window.setMenuBarVisibility(false);
    // shown without taking focus: the moderator keeps typing in the console
    window.once('ready-to-show', () => window.showInactive());
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
    place(window);
    // a confidence monitor that goes to sleep mid-answer is worse than none
    sleepBlocker = powerSaveBlocker.start('prevent-display-sleep');
    return window;
  }

  function liveConferenceId(): number | null {
    return options.rostrum.router.invoke('conference.list', { status: 'live' })[0]?.id ?? null;
  }

  /** For a menu item: the live conference's stage (else the most recent conference's). */
  function openForLive(): BrowserWindow | null {
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

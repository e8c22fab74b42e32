/**
 * The security-relevant settings of the moderator's window, kept apart from
 * the shell so that a test can import them without Electron (there is no
 * Electron binary on every machine; the settings are tested all the same).
 * This file must not import electron.
 */

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
}

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  webPreferences: SecureWebPreferences;
}

export function windowOptions(preloadPath: string): MainWindowOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    // shown on ready-to-show, so the moderator never sees a blank white frame
    show: false,
    title: 'Rostrum',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // a file dropped on the window is read by the page, never navigated to
      navigateOnDragDrop: false,
      spellcheck: false
    }
  };
}

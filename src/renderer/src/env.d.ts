/// <reference types="vite/client" />
import type { RostrumBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** Set by the preload inside Electron; absent in a browser, where the HTTP bridge is used. */
    rostrum?: RostrumBridge;
  }
}

export {};

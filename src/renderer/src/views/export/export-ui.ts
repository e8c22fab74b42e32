import { create } from 'zustand';

/**
 * Which export dialogs are open. One place, so that the review view's button,
 * the menu and Ctrl+E all open the same dialog, and never two at once.
 */
interface ExportUiState {
  /** the conference the export dialog is open for */
  exportFor: number | null;
  importOpen: boolean;
}

export const useExportUi = create<ExportUiState>(() => ({ exportFor: null, importOpen: false }));

export function openExport(conferenceId: number): void {
  useExportUi.setState({ exportFor: conferenceId, importOpen: false });
}

export function closeExport(): void {
  useExportUi.setState({ exportFor: null });
}

export function openImport(): void {
  useExportUi.setState({ importOpen: true, exportFor: null });
}

export function closeImport(): void {
  useExportUi.setState({ importOpen: false });
}

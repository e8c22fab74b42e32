import { useTranslation } from 'react-i18next';
import { notify } from '../../store/notices';
import { closeExport, closeImport, openExport, openImport, useExportUi } from './export-ui';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { conferenceIdFromHash, useMenuCommand } from './useMenuCommand';

/**
 * Mounted once in the app: it answers File → Export transcript… (and Ctrl/Cmd+E)
 * with the export dialog for the conference on screen, and File → Import
 * conference… with the import dialog. The review view's button opens the same dialog.
 */
export function ExportHost() {
  const { t } = useTranslation();
  const exportFor = useExportUi((s) => s.exportFor);
  const importOpen = useExportUi((s) => s.importOpen);

  useMenuCommand((command) => {
    if (command === 'import') {
      openImport();
      return;
    }
    const id = conferenceIdFromHash(window.location.hash);
    if (id === null) notify('info', t('export:menu.noConference'));
    else openExport(id);
  });

  return (
    <>
      {exportFor !== null ? <ExportDialog conferenceId={exportFor} open onClose={closeExport} /> : null}
      {importOpen ? <ImportDialog onClose={closeImport} /> : null}
    </>
  );
}

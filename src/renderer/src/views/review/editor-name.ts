/** Who is editing the record, kept on this machine and stored with each change. */
const KEY = 'rostrum.editorName';

export function editorName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setEditorName(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // storage disabled: edits carry no name
  }
}

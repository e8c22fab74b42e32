/** The reporters' page: main.tsx opens no event socket for it (the server refuses its token there). */
export function isSubmitPage(hash: string): boolean {
  return hash === '#/submit' || hash.startsWith('#/submit?') || hash.startsWith('#/submit/');
}

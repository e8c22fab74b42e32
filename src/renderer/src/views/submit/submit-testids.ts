/** Test ids of the reporters' submission page (#/submit). */
export const SUBMIT_TID = {
  page: 'submit-page',
  title: 'submit-title',
  closed: 'submit-closed',
  outlet: 'submit-outlet',
  reporter: 'submit-reporter',
  text: 'submit-text',
  counter: 'submit-counter',
  send: 'submit-send',
  received: 'submit-received',
  another: 'submit-another',
  error: 'submit-error',
  language: 'submit-language'
} as const;

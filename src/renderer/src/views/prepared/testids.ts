/**
 * data-testid values of the prepared-questions tab (#/conference/:id/prepared), the live
 * console's offers and cards, and the spokesperson's desk view (#/desk/:id).
 *
 * Prepared tab: preparedList, preparedRow(id) (data-status open|asked|dropped), preparedEdit(id), preparedDrop(id),
 *   preparedRemove(id), preparedUp(id), preparedDown(id), preparedForm.{outlet,category,reporter,text,addressedTo,topic,submit,cancel};
 *   cardList, cardRow(id), cardEdit(id), cardRemove(id), cardForm.{participant,topic,title,points,figures,use,avoid,
 *   doNotVolunteer,keywords,links,submit,cancel}, cardAdd;
 *   importInput (the file input), importOpen, importDialog, importRow(kind, row) (data-errors = count),
 *   importCell(kind, row, column) (data-error when the cell is refused), importTotals, importConfirm, importCancel, importError
 * Live: preparedOffers, preparedOffer(id) (data-highlighted), sideTab (the queue's tab), preparedSide, preparedSideRow(id), preparedAsk(id),
 *   liveCards, liveCard(id) (data-highlighted, data-reason), cardSend(id), deskNow (data-card-id), deskClear
 * Desk: desk (data-status), deskQuestion, deskTimer (data-state), deskCard (data-card-id), deskDnv, deskOther, deskEmpty
 */
export const PREPARED_TID = {
  tab: 'prepared-tab',
  list: 'prepared-list',
  row: (id: number) => `prepared-${id}`,
  edit: (id: number) => `prepared-edit-${id}`,
  drop: (id: number) => `prepared-drop-${id}`,
  remove: (id: number) => `prepared-remove-${id}`,
  up: (id: number) => `prepared-up-${id}`,
  down: (id: number) => `prepared-down-${id}`,
  form: {
    outlet: 'prepared-form-outlet',
    reporter: 'prepared-form-reporter',
    text: 'prepared-form-text',
    addressedTo: 'prepared-form-addressed-to',
    topic: 'prepared-form-topic',
    category: 'prepared-form-category',
    submit: 'prepared-form-submit',
    cancel: 'prepared-form-cancel'
  },
  cardList: 'card-list',
  cardRow: (id: number) => `card-${id}`,
  cardEdit: (id: number) => `card-edit-${id}`,
  cardRemove: (id: number) => `card-remove-${id}`,
  cardAdd: 'card-add',
  cardForm: {
    participant: 'card-form-participant',
    topic: 'card-form-topic',
    title: 'card-form-title',
    points: 'card-form-points',
    figures: 'card-form-figures',
    use: 'card-form-use',
    avoid: 'card-form-avoid',
    doNotVolunteer: 'card-form-dnv',
    keywords: 'card-form-keywords',
    links: 'card-form-links',
    submit: 'card-form-submit',
    cancel: 'card-form-cancel'
  },
  importOpen: 'prepared-import-open',
  importInput: 'prepared-import-input',
  importError: 'prepared-import-error',
  importDialog: 'prepared-import-dialog',
  importRow: (kind: 'questions' | 'cards', row: number) => `import-${kind}-row-${row}`,
  importCell: (kind: 'questions' | 'cards', row: number, column: string) => `import-${kind}-${row}-${column}`,
  importTotals: 'prepared-import-totals',
  importConfirm: 'prepared-import-confirm',
  importCancel: 'prepared-import-cancel',

  offers: 'prepared-offers',
  offer: (id: number) => `prepared-offer-${id}`,
  side: 'prepared-side',
  sideTab: 'prepared-side-tab',
  sideRow: (id: number) => `prepared-side-${id}`,
  ask: (id: number) => `prepared-ask-${id}`,
  liveCards: 'live-cards',
  liveCard: (id: number) => `live-card-${id}`,
  cardSend: (id: number) => `card-send-${id}`,
  deskNow: 'desk-now',
  deskClear: 'desk-clear',

  desk: 'desk',
  deskQuestion: 'desk-question',
  deskTimer: 'desk-timer',
  deskCard: 'desk-card',
  deskDnv: 'desk-dnv',
  deskOther: 'desk-other',
  deskEmpty: 'desk-empty'
} as const;

/** Test ids of the moderation panel and its QR dialog in the live console. */
export const MODERATION_TID = {
  panel: 'moderation-panel',
  accepting: 'moderation-accepting',
  qrOpen: 'moderation-qr-open',
  qrDialog: 'moderation-qr-dialog',
  qrImage: 'moderation-qr-image',
  qrUrl: 'moderation-qr-url',
  qrUnreachable: 'moderation-qr-unreachable',
  item: 'moderation-item',
  approve: 'moderation-approve',
  category: 'moderation-category',
  mergeInto: 'moderation-merge-into',
  similar: 'moderation-similar',
  reject: 'moderation-reject',
  rejectReason: 'moderation-reject-reason',
  rejectConfirm: 'moderation-reject-confirm',
  error: 'moderation-error',
  empty: 'moderation-empty',
  decided: 'moderation-decided',
  alsoAsked: 'moderation-also-asked'
} as const;

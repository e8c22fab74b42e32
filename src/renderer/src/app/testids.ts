/**
 * Stable data-testid values for end-to-end tests. Use these, not CSS classes or texts
 * (texts change with the language). Functions give ids that carry a row's database id.
 *
 * Whole app
 *   <html data-app-state="ready">   set once the first data has loaded
 *   <html data-revision="N">        the last database revision whose refetch has landed
 *   topBar, langSwitch (a <select>, values zh/en), connectionStatus (data-status=connecting|open|closed),
 *   helpButton, helpOverlay, notice (toasts; data-kind=info|error), noticeLane (the strip at the foot that holds them), conferenceTab(view)
 *
 * Conference list (#/)
 *   conferenceList, conferenceRow(id), create.{title,template,language,scheduledStart,plannedMinutes,submit}
 *   fieldError(field) — the message next to a refused field, in every form and in-place field (InlineInput)
 *
 * Set-up (#/conference/:id/setup)
 *   details.{title,topic,organiser,venue,scheduledStart,plannedMinutes,language,source,author,publishedAt,lead,credits,editingStandard,save}
 *   roster, participantRow(id) (+ participantTitle(id), participantLabel(id), participantRole(id), participantRemove(id)),
 *   personSearch (type-ahead input), personOption(id), personCreateOption (its "new person" option),
 *   personCreate.{name,honorific,position,organisation,submit}, rosterRole
 *   agenda, segmentRow(id) (+ segmentTitle(id), segmentKind(id), segmentSpeaker(id), segmentMinutes(id), segmentRemove(id),
 *   segmentStatement(id) = its prepared-text textarea, segmentFile(id) = its file input), segmentAdd, applyTemplate
 *   outlets, outletCreate.{name,category,submit}
 *
 * Live (#/conference/:id/live)
 *   liveHeader, segmentTitle, segmentSpeaker, timerElapsed, timerRemaining (data-tone=idle|normal|warning|overtime),
 *   conferenceElapsed, conferencePlan, extendSegment, extendConference, advance, back, start, end, endConfirm,
 *   undo, redo (their title/text name the action), liveAgenda, liveSegment(id), goTo(id), skip(id)
 *   queue, queueWaiting, queueDone, questionCard(id) (data-status, data-selected, data-last),
 *   register.{outlet,outletOption(id),outletCreate,outletCategory,reporter,text,addressedTo,submit}, followUpBanner,
 *   callNext, call(id), close(id, status), markLast(id), questionEdit(id) (✎), questionText(id) (its gist while editing),
 *   liveQuestion (the called question), liveQuestionOutlet (its outlet or reporter), answerSpeaker(participantId), answerText, answerSubmit, answerRecordAndClose,
 *   closeAndCall.{dialog,answered,withdrawn,written_reply} (N with a question still live),
 *   closeAnswered, closeWithdrawn, closeWrittenReply, followUp, askedText, askedSubmit,
 *   statement, paragraph(index) (data-delivered), deliverNext,
 *   remarkSpeaker, remarkText, remarkSubmit, balance, balanceCategory(category), timelineToggle, timelinePanel
 *
 * Review (#/conference/:id/review) and the live side panel
 *   timeline, turnRow(id), turnEdit(id), turnText (textarea while editing), turnKind (correction|alteration),
 *   turnReason, turnSave, turnCancel, turnDelete(id), turnHistory(id), historyEntry (its diff: historyBefore, historyAfter), timelineSearch
 */
export const TID = {
  topBar: 'top-bar',
  langSwitch: 'lang-switch',
  connectionStatus: 'connection-status',
  helpButton: 'help-button',
  helpOverlay: 'help-overlay',
  notice: 'notice',
  noticeLane: 'notice-lane',
  conferenceTab: (view: string) => `conference-tab-${view}`,
  fieldError: (field: string) => `field-error-${field}`,

  conferenceList: 'conference-list',
  conferenceRow: (id: number) => `conference-row-${id}`,
  create: {
    title: 'create-title',
    template: 'create-template',
    language: 'create-language',
    scheduledStart: 'create-scheduled-start',
    plannedMinutes: 'create-planned-minutes',
    submit: 'create-submit'
  },

  details: {
    title: 'details-title',
    topic: 'details-topic',
    organiser: 'details-organiser',
    venue: 'details-venue',
    scheduledStart: 'details-scheduled-start',
    plannedMinutes: 'details-planned-minutes',
    language: 'details-language',
    source: 'details-source',
    author: 'details-author',
    publishedAt: 'details-published-at',
    lead: 'details-lead',
    credits: 'details-credits',
    editingStandard: 'details-editing-standard',
    save: 'details-save'
  },
  roster: 'roster',
  rosterRole: 'roster-role',
  participantRow: (id: number) => `participant-${id}`,
  participantTitle: (id: number) => `participant-title-${id}`,
  participantLabel: (id: number) => `participant-label-${id}`,
  participantRole: (id: number) => `participant-role-${id}`,
  participantRemove: (id: number) => `participant-remove-${id}`,
  personSearch: 'person-search',
  personOption: (id: number) => `person-option-${id}`,
  personCreateOption: 'person-create-option',
  personCreate: {
    name: 'person-create-name',
    honorific: 'person-create-honorific',
    position: 'person-create-position',
    organisation: 'person-create-organisation',
    submit: 'person-create-submit'
  },
  agenda: 'agenda',
  applyTemplate: 'agenda-apply-template',
  segmentAdd: 'segment-add',
  segmentRow: (id: number) => `segment-${id}`,
  segmentTitle: (id: number) => `segment-title-${id}`,
  segmentKind: (id: number) => `segment-kind-${id}`,
  segmentSpeaker: (id: number) => `segment-speaker-${id}`,
  segmentMinutes: (id: number) => `segment-minutes-${id}`,
  segmentRemove: (id: number) => `segment-remove-${id}`,
  segmentStatement: (id: number) => `segment-statement-${id}`,
  segmentFile: (id: number) => `segment-file-${id}`,
  outlets: 'outlets',
  outletCreate: { name: 'outlet-create-name', category: 'outlet-create-category', submit: 'outlet-create-submit' },

  live: {
    header: 'live-header',
    segmentTitle: 'live-segment-title',
    segmentSpeaker: 'live-segment-speaker',
    timerElapsed: 'timer-elapsed',
    timerRemaining: 'timer-remaining',
    conferenceElapsed: 'conference-elapsed',
    conferencePlan: 'conference-plan',
    extendSegment: 'extend-segment',
    extendConference: 'extend-conference',
    advance: 'advance',
    back: 'back',
    start: 'start',
    end: 'end',
    endConfirm: 'end-confirm',
    undo: 'undo',
    redo: 'redo',
    agenda: 'live-agenda',
    segment: (id: number) => `live-segment-${id}`,
    goTo: (id: number) => `go-to-${id}`,
    skip: (id: number) => `skip-${id}`
  },
  queue: 'queue',
  queueWaiting: 'queue-waiting',
  queueDone: 'queue-done',
  questionCard: (id: number) => `question-${id}`,
  register: {
    outlet: 'register-outlet',
    outletOption: (id: number) => `register-outlet-option-${id}`,
    outletCreate: 'register-outlet-create',
    outletCategory: 'register-outlet-category',
    reporter: 'register-reporter',
    text: 'register-text',
    addressedTo: 'register-addressed-to',
    submit: 'register-submit'
  },
  followUpBanner: 'follow-up-banner',
  callNext: 'call-next',
  call: (id: number) => `call-${id}`,
  questionEdit: (id: number) => `question-edit-${id}`,
  questionText: (id: number) => `question-text-${id}`,
  close: (id: number, status: string) => `close-${status}-${id}`,
  markLast: (id: number) => `mark-last-${id}`,
  liveQuestion: 'live-question',
  liveQuestionOutlet: 'live-question-outlet',
  answerSpeaker: (participantId: number) => `answer-speaker-${participantId}`,
  answerText: 'answer-text',
  answerSubmit: 'answer-submit',
  answerRecordAndClose: 'answer-record-and-close',
  queueHidden: 'queue-hidden',
  closeAndCall: {
    dialog: 'close-and-call',
    answered: 'close-and-call-answered',
    withdrawn: 'close-and-call-withdrawn',
    written_reply: 'close-and-call-written-reply'
  },
  closeAnswered: 'close-answered',
  closeWithdrawn: 'close-withdrawn',
  closeWrittenReply: 'close-written-reply',
  followUp: 'follow-up',
  askedText: 'asked-text',
  askedSubmit: 'asked-submit',
  statement: 'statement',
  paragraph: (index: number) => `paragraph-${index}`,
  deliverNext: 'deliver-next',
  remarkSpeaker: 'remark-speaker',
  remarkText: 'remark-text',
  remarkSubmit: 'remark-submit',
  balance: 'balance',
  balanceCategory: (category: string) => `balance-${category}`,
  timelineToggle: 'timeline-toggle',
  timelinePanel: 'timeline-panel',

  timeline: 'timeline',
  timelineSearch: 'timeline-search',
  turnRow: (id: number) => `turn-${id}`,
  turnEdit: (id: number) => `turn-edit-${id}`,
  turnDelete: (id: number) => `turn-delete-${id}`,
  turnHistory: (id: number) => `turn-history-${id}`,
  turnText: 'turn-text',
  turnKind: 'turn-kind',
  turnReason: 'turn-reason',
  turnSave: 'turn-save',
  turnCancel: 'turn-cancel',
  historyEntry: 'history-entry',
  historyBefore: 'history-before',
  historyAfter: 'history-after'
} as const;

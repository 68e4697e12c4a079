// Follow-up (nazorg) of agreed deals: the job that asks the parties how it goes (on a clock of
// its own), the one-click answers by signed link, the municipality's follow-up list with its CSV
// export, and the public keurmerk page. Nothing here reads the environment (routes bind it with
// './bind'), so the integration tests import this module as it is.
export type { FollowupDeps, FollowupRunReport } from './types';
export { runFollowup } from './job';
export { answerUrl, sendFollowupEmails, type FollowupEmailKind } from './emails';
export { readAnswerLink, submitAnswerLink } from './answers';
export { followupList, followupCsv } from './list';
export { keurmerkPage, setKeurmerk, keurmerkEnabled } from './keurmerk';

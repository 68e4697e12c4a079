// The flash notice confirms the action that led to this page. Once the next form is sent it no
// longer says anything about what is happening: it goes, and the next action's notice (a new id,
// even with the same text) takes its place. Left standing, the last action's "De rol is
// gewijzigd." would read as the outcome of the next one while that is still under way.
let shown: string | null = null;
const notice = $state<{ dismissed: string | null }>({ dismissed: null });

/** The id of the notice on the page now (FlashNotice keeps it up to date). */
export function flashShown(id: string | null) {
	shown = id;
}

export function flashDismissed(id: string | null): boolean {
	return id !== null && notice.dismissed === id;
}

/** Called when a form is sent: the notice on the page belongs to the action before it. */
export function dismissFlash() {
	notice.dismissed = shown;
}

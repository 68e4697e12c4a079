import type { scoreboardNl } from './scoreboard.nl';

export const scoreboardEn: Record<keyof typeof scoreboardNl, string> = {
	'scoreboard.title': 'Scoreboard',
	'scoreboard.matches': 'matches',
	'scoreboard.value': 'social value',
	'scoreboard.corners': 'Per corner',
	'scoreboard.no_corner': 'No corner',
	'scoreboard.corner_line': '{matches} matches · {value}',
	'scoreboard.ticker': 'Just matched',
	'scoreboard.ticker_empty': 'No matches yet. The first one is coming!',
	'scoreboard.tick': '{giver} → {receiver}',
	'scoreboard.live': 'Updated live',
	'scoreboard.offline': 'Connection lost, reconnecting…',
	'scoreboard.gone': 'This link no longer works. Ask the organisers for the new one.',
	'scoreboard.admin.title': 'Scoreboard',
	'scoreboard.admin.intro':
		'The scoreboard for the projector: number of matches, value, per corner and the latest matches. No sign-in, through a secret link.',
	'scoreboard.admin.none': 'There is no link yet. Make one to show the scoreboard.',
	'scoreboard.admin.link': 'Link to the scoreboard',
	'scoreboard.admin.qr': 'QR code of the link to the scoreboard',
	'scoreboard.admin.make': 'Make a link',
	'scoreboard.admin.renew': 'New link',
	'scoreboard.admin.renew_hint': 'A new link makes the old one stop working at once.',
	'scoreboard.admin.flash.renewed': 'The scoreboard has a new link.'
};

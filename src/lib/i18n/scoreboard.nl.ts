// The live scoreboard on the projector, and its link on the admin's edition page.
export const scoreboardNl = {
	'scoreboard.title': 'Scorebord',
	'scoreboard.matches': 'matches',
	'scoreboard.value': 'maatschappelijke waarde',
	'scoreboard.corners': 'Per hoek',
	'scoreboard.no_corner': 'Zonder hoek',
	'scoreboard.corner_line': '{matches} matches · {value}',
	'scoreboard.ticker': 'Net gematcht',
	'scoreboard.ticker_empty': 'Nog geen matches. De eerste komt eraan!',
	'scoreboard.tick': '{giver} → {receiver}',
	'scoreboard.live': 'Live bijgewerkt',
	'scoreboard.offline': 'Verbinding weg, opnieuw verbinden…',
	'scoreboard.gone': 'Deze link werkt niet meer. Vraag de organisatie om de nieuwe.',
	'scoreboard.admin.title': 'Scorebord',
	'scoreboard.admin.intro':
		'Het scorebord voor de beamer: aantal matches, waarde, per hoek en de laatste matches. Zonder inloggen, via een geheime link.',
	'scoreboard.admin.none': 'Er is nog geen link. Maak er een om het scorebord te tonen.',
	'scoreboard.admin.link': 'Link naar het scorebord',
	'scoreboard.admin.qr': 'QR-code van de link naar het scorebord',
	'scoreboard.admin.make': 'Link maken',
	'scoreboard.admin.renew': 'Nieuwe link',
	'scoreboard.admin.renew_hint': 'Een nieuwe link maakt de oude meteen ongeldig.',
	'scoreboard.admin.flash.renewed': 'Het scorebord heeft een nieuwe link.'
} as const;

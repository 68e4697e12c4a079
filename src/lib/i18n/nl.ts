import { resultsNl } from './results.nl';
import { floorNl } from './floor.nl';
import { followupNl } from './followup.nl';
import { eventsNl } from './events.nl';
import { scoreboardNl } from './scoreboard.nl';
import { scheduleNl } from './schedule.nl';
import { dealsNl } from './deals.nl';
import { marketplaceNl } from './marketplace.nl';
import { emailNl } from './email.nl';

// The app's own texts: navigation, sign-in, organisations, proposals, matchmaking.
export const appNl = {
	'app.name': 'Beursvloer',
	'app.tagline': 'Maatschappelijke beursvloer {municipality}',
	'nav.skip': 'Direct naar de inhoud',
	'nav.label': 'Hoofdmenu',
	'nav.menu': 'Menu',
	'nav.home': 'Home',
	'nav.offers': 'Aanbod',
	'nav.requests': 'Vragen',
	'nav.organisations': 'Organisaties',
	'nav.dashboard': 'Mijn beursvloer',
	'nav.account': 'Mijn account',
	'nav.admin': 'Beheer',
	'nav.sign_in': 'Inloggen',
	'nav.sign_up': 'Aanmelden',
	'nav.sign_out': 'Uitloggen',
	'lang.label': 'Taal',
	'lang.switch_to': 'English',
	'lang.switch_hint': 'Switch to English',
	'lang.page_title': 'Taal kiezen',
	'lang.nl': 'Nederlands',
	'lang.en': 'English',
	'lang.save': 'Taal opslaan',
	'footer.about':
		'De beursvloer brengt bedrijven en maatschappelijke organisaties in {municipality} bij elkaar. Geld vragen is taboe: je ruilt hulp, kennis en middelen.',
	'footer.dev_inbox': 'Ontwikkel-inbox',
	'footer.privacy': 'Je gegevens: download of verwijder ze via Mijn account.',

	'home.title': 'Samen doen wat je alleen niet lukt',
	'home.lead':
		'Op de maatschappelijke beursvloer bieden bedrijven hun hulp, kennis en materialen aan, en vragen verenigingen en stichtingen wat ze nodig hebben. Zonder geld: je geeft iets terug.',
	'home.how_title': 'Hoe werkt het?',
	'home.how_1': 'Bedrijven plaatsen aanbod: helpende handen, kennis en kunde, middelen en materialen.',
	'home.how_2': 'Vrijwilligersorganisaties plaatsen hun vragen.',
	'home.how_3':
		'Vraag en aanbod vinden elkaar online en op de jaarlijkse beursvloer. Een match leg je samen vast.',
	'home.cta_title': 'Doe mee',
	'home.cta_business': 'Aanmelden als bedrijf',
	'home.cta_voluntary': 'Aanmelden als organisatie',
	'home.browse_title': 'Rondkijken',
	'home.browse_offers': 'Bekijk het aanbod',
	'home.browse_requests': 'Bekijk de vragen',
	'home.browse_organisations': 'Wie doen er mee?',
	'home.signed_in_cta': 'Naar mijn beursvloer',

	'common.save': 'Opslaan',
	'common.cancel': 'Annuleren',
	'common.busy': 'Bezig…',
	'common.optional': '(niet verplicht)',
	'common.yes': 'Ja',
	'common.no': 'Nee',
	'common.back': 'Terug',
	'common.email': 'E-mailadres',
	'common.kind.business': 'Bedrijf',
	'common.kind.voluntary': 'Maatschappelijke organisatie',
	'common.kind.municipality': 'Gemeente',
	'common.role.owner': 'Eigenaar',
	'common.role.member': 'Lid',
	'common.form_has_errors': 'Niet alles is goed ingevuld. Verbeter de velden met een foutmelding.',

	'auth.sign_in.title': 'Inloggen',
	'auth.sign_in.password_title': 'Met je wachtwoord',
	'auth.sign_in.link_title': 'Met een inloglink of code',
	'auth.sign_in.link_intro':
		'Geen wachtwoord? Wij mailen je een inloglink en een code van 6 cijfers. Heb je nog geen account, dan maken we er een voor je aan.',
	'auth.sign_in.submit': 'Inloggen',
	'auth.reset.link': 'Wachtwoord vergeten?',
	'auth.reset.title': 'Wachtwoord vergeten',
	'auth.reset.intro':
		'Vul je e-mailadres in. Je krijgt een link waarmee je inlogt en daarna een nieuw wachtwoord kiest op je accountpagina.',
	'auth.reset.submit': 'Stuur mij een herstellink',
	'auth.reset.sent':
		'Als er een account bij {email} hoort, staat er binnen een paar minuten een e-mail met een herstellink in je inbox. Kijk ook bij ongewenste e-mail.',
	'auth.reset.back': 'Terug naar inloggen',
	'auth.sign_in.send_link': 'Stuur mij een inloglink',
	'auth.sign_in.no_account': 'Nog geen account?',
	'auth.sign_in.sign_up_link': 'Meld je aan',
	'auth.sign_up.title': 'Aanmelden',
	'auth.sign_up.intro':
		'Maak een account. Daarna meld je je bedrijf of organisatie aan, of accepteer je een uitnodiging van een collega.',
	'auth.sign_up.intro_business':
		'Je meldt je aan als bedrijf. Na het bevestigen van je e-mailadres maak je het profiel van je bedrijf aan.',
	'auth.sign_up.intro_voluntary':
		'Je meldt je aan als maatschappelijke organisatie. Na het bevestigen van je e-mailadres maak je het profiel van je organisatie aan.',
	'auth.sign_up.password_title': 'Met een wachtwoord',
	'auth.sign_up.link_title': 'Zonder wachtwoord, met een inloglink',
	'auth.sign_up.submit': 'Account aanmaken',
	'auth.sign_up.send_link': 'Stuur mij een inloglink',
	'auth.sign_up.have_account': 'Heb je al een account?',
	'auth.field.display_name': 'Je naam',
	'auth.field.display_name_hint': 'Zo zien je collega’s je.',
	'auth.field.email': 'E-mailadres',
	'auth.field.password': 'Wachtwoord',
	'auth.field.password_hint': 'Minstens 8 tekens.',
	'auth.field.new_password': 'Nieuw wachtwoord',
	'auth.field.password_confirm': 'Herhaal het nieuwe wachtwoord',
	'auth.field.code': 'Code uit de e-mail',
	'auth.field.code_hint': '6 cijfers',
	'auth.check_email.title': 'Check je e-mail',
	'auth.check_email.body':
		'We hebben een e-mail gestuurd naar {email}. Klik op de link in die e-mail om verder te gaan.',
	'auth.check_email.body_generic':
		'We hebben je een e-mail gestuurd. Klik op de link in die e-mail om verder te gaan.',
	'auth.check_email.code_title': 'Link werkt niet of opent in een andere browser?',
	'auth.check_email.code_intro': 'Vul dan de code van 6 cijfers uit de e-mail hier in.',
	'auth.check_email.submit_code': 'Inloggen met code',
	'auth.check_email.spam':
		'Geen e-mail gekregen? Kijk in je map met ongewenste e-mail, of vraag een nieuwe link aan.',
	'auth.sign_out.done': 'Je bent uitgelogd.',
	'auth.signed_in': 'Je bent ingelogd.',
	'auth.callback.failed_title': 'Inloggen is niet gelukt',
	'auth.callback.failed_body':
		'De link is verlopen, al gebruikt of geopend in een andere browser. Vraag een nieuwe inloglink aan of vul de code uit de e-mail in.',
	'auth.error.invalid_credentials': 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
	'auth.error.email_not_confirmed':
		'Je e-mailadres is nog niet bevestigd. Klik op de link in de e-mail die we je stuurden.',
	'auth.error.user_already_exists':
		'Er is al een account met dit e-mailadres. Log in, of vraag een inloglink aan.',
	'auth.error.weak_password':
		'Dit wachtwoord is te zwak. Kies een langer wachtwoord met letters, cijfers en tekens.',
	'auth.error.otp_expired':
		'Deze code of link klopt niet, is verlopen of is al gebruikt. Vraag een nieuwe aan.',
	'auth.error.over_email_send_rate_limit':
		'We hebben net al een e-mail gestuurd, of er zijn te veel e-mails aangevraagd. Wacht een paar minuten en probeer het opnieuw.',
	'auth.error.over_request_rate_limit':
		'Te veel pogingen in korte tijd. Wacht een paar minuten en probeer het dan opnieuw.',
	'auth.error.same_password': 'Het nieuwe wachtwoord moet anders zijn dan het oude.',
	'auth.error.generic': 'Er ging iets mis. Probeer het later opnieuw.',

	'validation.required': 'Vul dit veld in.',
	'validation.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
	'validation.too_short': 'Dit is te kort.',
	'validation.too_long': 'Dit is te lang.',
	'validation.password_min': 'Kies een wachtwoord van minstens 8 tekens.',
	'validation.password_match': 'De wachtwoorden zijn niet gelijk.',
	'validation.display_name': 'Vul je naam in (maximaal 120 tekens).',
	'validation.org_name': 'Vul een naam in van 2 tot 120 tekens.',
	'validation.kind': 'Kies of je een bedrijf of een maatschappelijke organisatie bent.',
	'validation.kvk': 'Een KvK-nummer bestaat uit 8 cijfers.',
	'validation.description': 'Gebruik maximaal 4000 tekens.',
	'validation.place': 'Gebruik maximaal 80 tekens.',
	'validation.website': 'Vul een webadres in dat begint met https:// of http://.',
	'validation.phone': 'Vul een telefoonnummer in met 6 tot 20 cijfers (ook + ( ) - en spaties mogen).',
	'validation.code': 'De code bestaat uit 6 cijfers.',
	'validation.locale': 'Kies Nederlands of English.',
	'validation.role': 'Kies een rol.',
	'validation.confirm_email': 'Typ je e-mailadres precies zoals hierboven om te bevestigen.',

	'dashboard.title': 'Mijn beursvloer',
	'dashboard.greeting': 'Welkom, {name}.',
	'dashboard.organisations': 'Mijn organisaties',
	'dashboard.no_organisations':
		'Je bent nog niet aangesloten bij een organisatie. Meld je bedrijf of organisatie aan, of vraag een collega je uit te nodigen.',
	'dashboard.create_organisation': 'Organisatie aanmelden',
	'dashboard.invitations': 'Uitnodigingen',
	'dashboard.next_steps': 'Volgende stappen',
	'dashboard.step_profile': 'Vul het profiel van je organisatie aan met een beschrijving en plaats.',
	'dashboard.step_invite': 'Nodig collega’s uit, zodat jullie samen aanbod of vragen beheren.',
	'dashboard.step_market': 'Bekijk het aanbod en de vragen op de beursvloer.',
	'dashboard.manage': 'Beheren',
	'dashboard.view_profile': 'Openbaar profiel',

	'onboarding.title': 'Welkom bij de beursvloer',
	'onboarding.intro':
		'Om mee te doen hoort je account bij een bedrijf of organisatie. Kies wat bij jou past.',
	'onboarding.invited_title': 'Je bent uitgenodigd',
	'onboarding.create_title': 'Je organisatie aanmelden',
	'onboarding.create_intro':
		'Is je bedrijf of organisatie nog niet aangemeld? Maak dan het profiel aan. Je wordt eigenaar en kunt daarna collega’s uitnodigen.',
	'onboarding.later': 'Later doen? Je vindt dit altijd terug op Mijn beursvloer.',

	'org.new.title': 'Organisatie aanmelden',
	'org.field.kind': 'Wat voor organisatie?',
	'org.kind.business_hint':
		'Je onderneming biedt hulp, kennis of middelen aan: helpende handen, advies, materialen of ruimte.',
	'org.kind.voluntary_hint':
		'Vereniging, stichting of vrijwilligersorganisatie die hulp vraagt en iets teruggeeft.',
	'org.field.name': 'Naam',
	'org.field.kvk': 'KvK-nummer',
	'org.field.kvk_hint': '8 cijfers. Niet verplicht.',
	'org.field.description': 'Beschrijving',
	'org.field.description_hint': 'Wat doen jullie? Wat kunnen jullie bieden of waar zoeken jullie hulp bij?',
	'org.field.place': 'Plaats',
	'org.field.place_hint': 'Bijvoorbeeld Nijverdal of Hellendoorn.',
	'org.field.website': 'Website',
	'org.field.website_hint': 'Begint met https://',
	'org.contacts_title': 'Contactgegevens',
	'org.contacts_intro':
		'Alleen leden van je organisatie en de gemeente zien deze gegevens. Andere deelnemers zien ze pas na een afgesproken match.',
	'org.field.contact_email': 'E-mailadres voor contact',
	'org.field.contact_phone': 'Telefoonnummer',
	'org.create.submit': 'Organisatie aanmelden',
	'org.create.kvk_taken':
		'Er is al een organisatie met dit KvK-nummer: {name}. Hoor je daarbij? Vraag een eigenaar van die organisatie om een uitnodiging.',
	'org.create.similar_title': 'Bestaat deze organisatie al?',
	'org.create.similar_intro':
		'In deze gemeente is al een organisatie met dezelfde of een bijna gelijke naam:',
	'org.create.similar_join':
		'Hoor je bij die organisatie? Meld haar dan niet opnieuw aan, maar vraag een eigenaar om een uitnodiging. Zo komen aanbod, vragen en matches op één plek.',
	'org.create.similar_confirm': 'Is het echt een andere organisatie? Kies dan "Toch aanmelden".',
	'org.create.submit_anyway': 'Toch aanmelden',
	'org.first_steps.title': 'Volgende stappen',
	'org.first_steps.intro_business':
		"Je organisatie staat erop. Laat zien wat je kunt bieden en haal je collega's erbij.",
	'org.first_steps.intro_voluntary':
		"Je organisatie staat erop. Vertel waar je hulp bij zoekt en haal je collega's erbij.",
	'org.first_steps.post_offer': 'Plaats je eerste aanbod',
	'org.first_steps.post_request': 'Plaats je eerste hulpvraag',
	'org.first_steps.invite': 'Nodig een collega uit',
	'org.manage.invite_self':
		'Dit is je eigen e-mailadres: je bent al lid van deze organisatie. Vul het adres van een collega in.',
	'org.manage.invite_member': 'Dit e-mailadres hoort bij iemand die al lid is van deze organisatie.',
	'invitations.already_member': 'Je bent al lid van {name}.',
	'org.update.kvk_taken':
		'Een andere organisatie in deze gemeente heeft dit KvK-nummer al. Kijk het nummer na.',
	'org.created': 'Je organisatie is aangemeld. Je bent eigenaar.',
	'org.updated': 'Het profiel is opgeslagen.',
	'org.directory.title': 'Organisaties',
	'org.directory.intro': 'Deze bedrijven en organisaties doen mee aan de beursvloer.',
	'org.directory.empty': 'Er zijn nog geen organisaties aangemeld. Wees de eerste!',
	'org.directory.filter': 'Soort',
	'org.directory.all': 'Alle',
	'org.directory.apply': 'Filteren',
	'org.profile.place': 'Plaats',
	'org.profile.website': 'Website',
	'org.profile.kvk': 'KvK-nummer',
	'org.profile.contacts': 'Contactgegevens (alleen voor leden)',
	'org.profile.no_contacts': 'Nog geen contactgegevens ingevuld.',
	'org.profile.manage': 'Deze organisatie beheren',
	'org.profile.no_description': 'Nog geen beschrijving.',
	'org.manage.title': '{name} beheren',
	'org.manage.profile_title': 'Profiel',
	'org.manage.owner_only': 'Alleen eigenaren kunnen het profiel wijzigen.',
	'org.manage.members_title': 'Leden',
	'org.manage.member_name': 'Naam',
	'org.manage.member_role': 'Rol',
	'org.manage.member_since': 'Lid sinds',
	'org.manage.you': '(jij)',
	'org.manage.invite_title': 'Collega uitnodigen',
	'org.manage.invite_intro':
		'Je collega krijgt een e-mail met een link. Na inloggen met dit e-mailadres kan hij of zij de uitnodiging accepteren.',
	'org.manage.invite_role': 'Rol',
	'org.manage.invite_submit': 'Uitnodiging versturen',
	'org.manage.invited': 'De uitnodiging is verstuurd naar {email}.',
	'org.manage.invited_not_sent':
		'De uitnodiging voor {email} is aangemaakt, maar de e-mail kon nog niet worden verstuurd. Je collega ziet de uitnodiging na inloggen op de pagina Uitnodigingen.',
	'org.manage.already_invited': 'Er staat al een uitnodiging open voor dit e-mailadres.',
	'org.manage.pending_title': 'Openstaande uitnodigingen',
	'org.manage.pending_empty': 'Er staan geen uitnodigingen open.',
	'org.manage.expires': 'Verloopt op',
	'org.manage.revoke': 'Intrekken',
	'org.manage.revoke_label': 'Uitnodiging voor {email} intrekken',
	'org.manage.revoked': 'De uitnodiging is ingetrokken.',
	'org.manage.member_actions': 'Acties',
	'org.manage.make_owner': 'Maak eigenaar',
	'org.manage.make_member': 'Maak lid',
	'org.manage.remove': 'Verwijderen',
	'org.manage.leave': 'Organisatie verlaten',
	'org.manage.role_changed': 'De rol is gewijzigd.',
	'org.manage.member_removed': 'Het lid is verwijderd uit {name}.',
	'org.manage.left': 'Je bent geen lid meer van {name}.',
	'org.manage.last_owner':
		'Een organisatie heeft altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.',

	'invitations.title': 'Uitnodigingen',
	'invitations.intro': 'Uitnodigingen voor {email}.',
	'invitations.empty':
		'Er zijn geen openstaande uitnodigingen voor je e-mailadres. Vraag je collega je uit te nodigen op {email}, of meld zelf je organisatie aan.',
	'invitations.as_role': 'als {role}',
	'invitations.accept': 'Accepteren',
	'invitations.accept_label': 'Uitnodiging van {name} accepteren',
	'invitations.accepted': 'Welkom bij {name}! Je bent nu lid.',
	'invitations.error.expired': 'Deze uitnodiging is verlopen. Vraag om een nieuwe.',
	'invitations.error.already_accepted': 'Deze uitnodiging is al geaccepteerd.',
	'invitations.error.not_found': 'Deze uitnodiging bestaat niet (meer) of is niet voor jouw e-mailadres.',

	'email.invitation.subject':
		'Uitnodiging voor {organisation} op de beursvloer / Invitation to join {organisation}',

	'account.title': 'Mijn account',
	'account.email': 'Je e-mailadres',
	'account.profile_title': 'Gegevens',
	'account.saved': 'Je gegevens zijn opgeslagen.',
	'account.password_title': 'Wachtwoord',
	'account.password_intro':
		'Stel een (nieuw) wachtwoord in. Log je in met een inloglink, dan is dit niet nodig.',
	'account.password_submit': 'Wachtwoord opslaan',
	'account.password_changed': 'Je wachtwoord is gewijzigd.',
	'account.privacy_title': 'Privacy',
	'account.export_intro': 'Download alle gegevens die de beursvloer over jou en je organisaties bewaart.',
	'account.export': 'Mijn gegevens downloaden (JSON)',
	'account.delete_title': 'Account verwijderen',
	'account.delete_intro':
		'Je account en je lidmaatschappen worden verwijderd. Organisaties waarvan je het enige lid bent, worden ook verwijderd. Dit kan niet ongedaan worden gemaakt.',
	'account.delete_confirm': 'Typ je e-mailadres om te bevestigen',
	'account.delete_submit': 'Account definitief verwijderen',
	'account.deleted': 'Je account is verwijderd.',
	'account.delete_blocked':
		'Je bent de enige eigenaar van {names}, en er zijn nog andere leden. Maak eerst een collega eigenaar, dan kun je je account verwijderen.',

	'admin.title': 'Beheer',
	'admin.intro': 'Alle organisaties die meedoen in {municipality}.',
	'admin.organisations': 'Organisaties',
	'admin.col.name': 'Naam',
	'admin.col.kind': 'Soort',
	'admin.col.place': 'Plaats',
	'admin.col.created': 'Aangemeld',
	'admin.col.members': 'Leden',
	'admin.count': '{count} organisaties',
	'admin.empty': 'Er zijn (voor dit filter) nog geen organisaties.',

	'proposals.title': 'Voorstellen',
	'proposals.intro':
		'De beursvloer zoekt bij jullie open aanbod en vragen naar partijen die goed passen, en legt uit waarom. Past een voorstel? Kies “Dit past bij ons”: de andere partij krijgt bericht en jullie vullen samen het matchformulier in. Contactgegevens van de andere partij zie je zodra jullie de afspraak allebei hebben bevestigd.',
	'proposals.no_organisations':
		'Je bent nog geen lid van een organisatie. Meld je bedrijf of organisatie aan, plaats aanbod of een vraag, en je krijgt hier voorstellen.',
	'proposals.create_organisation': 'Organisatie aanmelden',
	'proposals.no_listings':
		'{name} heeft geen open aanbod of vragen. Plaats een aanbod of een vraag: de beursvloer zoekt er dan passende partijen bij.',
	'proposals.go_to_organisation': 'Naar {name}',
	'proposals.none_yet':
		'Nog geen voorstellen. Er komen steeds nieuwe partijen bij: zodra er een past, zie je die hier.',
	'proposals.all_hidden':
		'Je hebt alle voorstellen hierbij verborgen. Wil je er toch een zien? Open hieronder ‘Verborgen voorstellen’ en kies ‘Toch interessant’.',
	'proposals.hidden_summary': 'Verborgen voorstellen ({count})',
	'proposals.hidden_intro':
		'Deze voorstellen vond je niet interessant. Met ‘Toch interessant’ komt een voorstel terug, als het nog past.',
	'proposals.undismiss': 'Toch interessant',
	'proposals.undismiss_label': 'Toch interessant: {title} van {organisation}',
	'proposals.undismissed':
		'Het voorstel is teruggezet. Als het nog steeds past, staat het weer tussen je voorstellen.',
	'proposals.your_offer': 'Jullie aanbod',
	'proposals.your_request': 'Jullie vraag',
	'proposals.kind.offer': 'Aanbod',
	'proposals.kind.request': 'Vraag',
	'proposals.band.strong': 'Sterke match',
	'proposals.band.good': 'Goede match',
	'proposals.band.possible': 'Mogelijke match',
	'proposals.pinned': 'Aangeraden door de matchmaker',
	'proposals.why': 'Waarom dit past',
	'proposals.caveats': 'Let op',
	'proposals.caveat': 'Let op: {caveat}',
	'proposals.dismiss': 'Niet interessant',
	'proposals.view_deal': 'Bekijk de afspraak',
	'proposals.view_deal_label': 'Bekijk de afspraak: {title} van {organisation}',
	'proposals.dismiss_label': 'Niet interessant: {title} van {organisation}',
	'proposals.dismissed':
		'Het voorstel is verborgen. De beursvloer stelt deze combinatie niet opnieuw voor, tenzij je onder ‘Verborgen voorstellen’ kiest voor ‘Toch interessant’.',
	'proposals.cycles_title': 'Ruilrondjes',
	'proposals.cycles_intro':
		'In een ruilrondje helpen drie of meer partijen elkaar in een kring: A helpt B, B helpt C en C helpt A. Zo krijgt iedereen iets, ook als twee partijen elkaar niet rechtstreeks kunnen helpen.',
	'proposals.cycles_empty': 'Er is nu geen ruilrondje waarin jullie meedoen.',
	'proposals.cycle_heading': 'Ruilrondje {n}',
	'proposals.cycle_handoffs': 'Wie geeft wat aan wie',
	'proposals.handoff_gives': 'geeft',
	'proposals.handoff_to': 'aan',
	'proposals.handoff_something': 'iets',
	'proposals.handoff_for.request': 'voor hun vraag',
	'proposals.handoff_for.offer': 'in ruil voor hun aanbod',
	'proposals.cycle_for': 'Voor {organisation}',
	'proposals.cycle_you_give': 'jullie geven',
	'proposals.cycle_you_get': 'jullie krijgen',
	'proposals.cycle_from': 'van',
	'proposals.error.pair': 'Dit voorstel bestaat niet (meer). Vernieuw de pagina.',

	'matchmaker.title': 'Matchmaken',
	'matchmaker.intro':
		'Alle voorstellen van de beursvloer in {municipality}. Zet een goed voorstel vast, dan blijft het zichtbaar voor beide partijen, of houd het tegen, dan verschijnt het nooit meer.',
	'matchmaker.recompute_title': 'Alles opnieuw berekenen',
	'matchmaker.recompute_intro':
		'Berekent alle voorstellen en ruilrondjes opnieuw met het aanbod en de vragen van dit moment. Dit kan even duren.',
	'matchmaker.recompute': 'Alles opnieuw berekenen',
	'matchmaker.recomputed':
		'Klaar: {proposals} voorstellen en {cycles} ruilrondjes voor {offers} aanbiedingen en {requests} vragen, in {seconds} seconden.',
	'matchmaker.proposals_title': 'Beste voorstellen',
	'matchmaker.proposals_count': '{shown} van {total} voorstellen; vastgezette staan bovenaan.',
	'matchmaker.proposals_empty':
		'Er zijn nog geen voorstellen. Zijn er open aanbiedingen en vragen, bereken dan alles opnieuw.',
	'matchmaker.filter.label': 'Voorstellen filteren',
	'matchmaker.filter.any': 'Alle',
	'matchmaker.filter.category': 'Categorie',
	'matchmaker.filter.place': 'Plaats',
	'matchmaker.filter.band': 'Score',
	'matchmaker.filter.decision': 'Besluit',
	'matchmaker.filter.page': 'pagina',
	'matchmaker.filter.no_decision': 'Geen besluit',
	'matchmaker.filter.submit': 'Filteren',
	'matchmaker.filter.empty': 'Geen voorstellen met deze filters. Kies andere filters of wis ze.',
	'matchmaker.filter.ignored': 'Niet gebruikt, want de waarde in de link bestaat niet: {filters}.',
	'matchmaker.request': 'Vraag',
	'matchmaker.offer': 'Aanbod',
	'matchmaker.score': 'score {score}',
	'matchmaker.not_public': '(niet meer openbaar)',
	'matchmaker.decide': 'Besluit nemen',
	'matchmaker.note': 'Notitie',
	'matchmaker.note_hint': 'Waarom? Alleen medewerkers van de gemeente zien dit.',
	'matchmaker.pin': 'Vastzetten',
	'matchmaker.veto': 'Tegenhouden',
	'matchmaker.pinned': 'Het voorstel is vastgezet en blijft zichtbaar voor beide partijen.',
	'matchmaker.vetoed': 'Het voorstel is tegengehouden en verschijnt niet meer.',
	'matchmaker.withdrawn': 'Je besluit is ingetrokken en het voorstel is opnieuw berekend.',
	'matchmaker.decision.pin': 'Vastgezet',
	'matchmaker.decision.veto': 'Tegengehouden',
	'matchmaker.decisions_title': 'Besluiten',
	'matchmaker.decisions_empty': 'Nog geen vastgezette of tegengehouden voorstellen.',
	'matchmaker.withdraw': 'Intrekken',
	'matchmaker.withdraw_label': 'Besluit intrekken: {request} en {offer}',
	'matchmaker.pair_label': '{request} en {offer}',
	'matchmaker.cycles_title': 'Ruilrondjes',
	'matchmaker.cycles_empty': 'Er zijn geen ruilrondjes gevonden.',
	'matchmaker.error.not_a_proposal': 'Dit voorstel bestaat niet (meer). Vernieuw de pagina.',
	'matchmaker.error.decision': 'Kies vastzetten of tegenhouden.',
	'matchmaker.error.note': 'Gebruik maximaal 500 tekens.',
	'matchmaker.learned_title': 'Wat de koppeling heeft geleerd',
	'matchmaker.learned_intro':
		"Uit {events} reacties op voorstellen in deze gemeente weegt de koppeling deze thema's en combinaties van categorieën hoger of lager. Een gewicht verschuift hooguit een kwart: een heel goede combinatie verdwijnt er niet door.",
	'matchmaker.learned_empty':
		"Nog niets geleerd: alle thema's wegen gelijk. Niet interessant, vastzetten, tegenhouden en gemaakte afspraken tellen mee bij de volgende berekening.",
	'matchmaker.learned_theme': 'Thema {label}',
	'matchmaker.learned_category': 'Aanbod → vraag: {label}',
	'matchmaker.learned_up': 'hoger gewogen ({percent})',
	'matchmaker.learned_down': 'lager gewogen ({percent})',
	'matchmaker.learned_why': 'door {reasons}',
	'matchmaker.learned_kind.deal_agreed': '{count}× afspraak gemaakt',
	'matchmaker.learned_kind.pinned': '{count}× vastgezet',
	'matchmaker.learned_kind.reinstated': '{count}× toch interessant',
	'matchmaker.learned_kind.not_interested': '{count}× niet interessant',
	'matchmaker.learned_kind.vetoed': '{count}× tegengehouden',
	'matchmaker.learned_reset_at': 'Laatst teruggezet op {date}.',
	'matchmaker.learned_reset': 'Leren terugzetten',
	'matchmaker.learned_reset_intro':
		'Alle geleerde gewichten worden neutraal en de voorstellen worden opnieuw berekend. Daarna tellen alleen reacties van na dit moment mee. Dit kun je niet ongedaan maken.',
	'matchmaker.learned_reset_confirm': 'Ja, zet het geleerde terug',
	'matchmaker.learned_reset_done':
		"Het geleerde is teruggezet: alle thema's wegen weer gelijk en de voorstellen zijn opnieuw berekend.",
	'matchmaker.error.reset_confirm': 'Bevestig dat je het geleerde wilt terugzetten.',
	'matchmaker.error.not_found': 'Dit besluit bestaat niet (meer).',

	'error.title': 'Er ging iets mis',
	'error.not_found': 'Deze pagina bestaat niet (meer).',
	'error.forbidden': 'Je hebt geen toegang tot deze pagina.',
	'error.quota': 'Je hebt vandaag het maximum bereikt dat één dag toestaat. Probeer het morgen opnieuw.',
	'error.generic': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
	'error.reference': 'Foutcode: {id}',
	'error.home': 'Naar de homepage',
	'email.invitation.queued':
		'De uitnodiging voor {email} is aangemaakt. De e-mail wordt zo snel mogelijk verstuurd; je collega ziet de uitnodiging ook na inloggen op de pagina Uitnodigingen.',
	'notify.digest.subject': 'Nieuwe matchvoorstellen voor {organisation}',
	'notify.digest.intro': 'De beursvloer heeft nieuwe voorstellen gevonden voor {organisation}.',
	'notify.digest.for_offer': 'Bij jullie aanbod “{title}”',
	'notify.digest.for_request': 'Bij jullie vraag “{title}”',
	'notify.digest.other': '“{title}” van {organisation}',
	'notify.digest.more': 'En nog {count} andere voorstellen.',
	'notify.digest.cta': 'Bekijk de voorstellen',
	'notify.digest.cta_text': 'Bekijk de voorstellen en laat weten wat je ervan vindt:',
	'notify.digest.privacy':
		'Past een voorstel? Kies “Dit past bij ons” op de pagina met voorstellen. Contactgegevens worden gedeeld zodra beide partijen de afspraak (het matchformulier) hebben bevestigd.',
	'notify.digest.footer':
		'Je krijgt deze e-mail als eigenaar of contactadres van {organisation}. We bundelen nieuwe voorstellen, zodat je niet voor elk voorstel apart een e-mail krijgt.'
} as const;

/** The dictionary's parts, each spread into `nl` once; a test checks that no two share a key. */
export const nlParts = {
	appNl,
	marketplaceNl,
	emailNl,
	dealsNl,
	eventsNl,
	scoreboardNl,
	scheduleNl,
	resultsNl,
	floorNl,
	followupNl
};

// Dutch is the source language: every other dictionary is typed against this one.
export const nl = {
	...appNl,
	...marketplaceNl,
	...emailNl,
	...dealsNl,
	...eventsNl,
	...scoreboardNl,
	...scheduleNl,
	...resultsNl,
	...floorNl,
	...followupNl
} as const;

export type MessageKey = keyof typeof nl;

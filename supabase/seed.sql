-- Demo data: the municipality of Hellendoorn (Overijssel) and a few accounts to try the
-- platform with. Every demo account's password is 'demo-wachtwoord-2026' (demo only).
-- The marketplace's demo listings follow in supabase/seed/*.sql.

insert into public.municipalities (id, slug, name, settings) values
  ('00000000-0000-4000-8000-000000000001', 'hellendoorn', 'Gemeente Hellendoorn',
   '{"villages": ["Hellendoorn", "Nijverdal", "Haarle", "Daarle", "Daarlerveen", "Hulsen", "Marle"],
     "rates": {"hands": 50, "expertise": 80, "student": 20}}')
on conflict do nothing;

-- Demo users (the profile is made by the on_auth_user_created trigger).
insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
values
  ('00000000-0000-4000-8000-0000000000a1', 'authenticated', 'authenticated', 'admin@hellendoorn.demo',
   '$2b$10$KD3gdn2mQm32TwbhKLO7uuW.jDWdjd6lnX1ERJ6iU99nUA9SaI3Iq', now(),
   '{"provider": "email", "providers": ["email"]}', '{"display_name": "Anouk Jansen (gemeente)", "municipality": "hellendoorn"}'),
  ('00000000-0000-4000-8000-0000000000a2', 'authenticated', 'authenticated', 'bakker@hellendoorn.demo',
   '$2b$10$KD3gdn2mQm32TwbhKLO7uuW.jDWdjd6lnX1ERJ6iU99nUA9SaI3Iq', now(),
   '{"provider": "email", "providers": ["email"]}', '{"display_name": "Gerrit Nijhuis", "municipality": "hellendoorn"}'),
  ('00000000-0000-4000-8000-0000000000a3', 'authenticated', 'authenticated', 'penningmeester@hellendoorn.demo',
   '$2b$10$KD3gdn2mQm32TwbhKLO7uuW.jDWdjd6lnX1ERJ6iU99nUA9SaI3Iq', now(),
   '{"provider": "email", "providers": ["email"]}', '{"display_name": "Ria Hofman", "municipality": "hellendoorn"}'),
  ('00000000-0000-4000-8000-0000000000a4', 'authenticated', 'authenticated', 'matchmaker@hellendoorn.demo',
   '$2b$10$KD3gdn2mQm32TwbhKLO7uuW.jDWdjd6lnX1ERJ6iU99nUA9SaI3Iq', now(),
   '{"provider": "email", "providers": ["email"]}', '{"display_name": "Henk Smit", "municipality": "hellendoorn"}')
on conflict do nothing;

insert into public.municipality_roles (municipality_id, user_id, role) values
  ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1', 'admin'),
  ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a4', 'matchmaker')
on conflict do nothing;

-- Organisations; the founder trigger makes created_by the owner.
insert into public.organisations (id, municipality_id, kind, name, slug, kvk_number, description, place, latitude, longitude, website, created_by) values
  ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000001', 'municipality',
   'Gemeente Hellendoorn', 'gemeente-hellendoorn', null,
   'De gemeente faciliteert de beursvloer: het jaarlijkse evenement en dit platform. Vragen? Neem contact op met de makelaar maatschappelijk betrokken ondernemen.',
   'Nijverdal', 52.3636, 6.4637, 'https://www.hellendoorn.nl', '00000000-0000-4000-8000-0000000000a1'),
  ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-000000000001', 'business',
   'Bakkerij Nijhuis', 'bakkerij-nijhuis', '08123456',
   'Familiebakkerij aan de Grotestraat sinds 1952. Wij bakken graag mee voor verenigingen en delen onze kennis van hygiëne en voedselveiligheid.',
   'Nijverdal', 52.3636, 6.4637, null, '00000000-0000-4000-8000-0000000000a2'),
  ('00000000-0000-4000-8000-0000000000b3', '00000000-0000-4000-8000-000000000001', 'voluntary',
   'Muziekvereniging Concordia Haarle', 'muziekvereniging-concordia-haarle', null,
   'Fanfare met 45 leden en een jeugdorkest. We repeteren op donderdagavond in het dorpshuis van Haarle en spelen bij dorpsfeesten en jubilea.',
   'Haarle', 52.3903, 6.4253, null, '00000000-0000-4000-8000-0000000000a3')
on conflict do nothing;

insert into public.organisation_contacts (organisation_id, municipality_id, email, phone) values
  ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000001', 'beursvloer@hellendoorn.demo', '0548 630 000'),
  ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-000000000001', 'bakker@hellendoorn.demo', '0548 612 345'),
  ('00000000-0000-4000-8000-0000000000b3', '00000000-0000-4000-8000-000000000001', 'penningmeester@hellendoorn.demo', '06 1234 5678')
on conflict do nothing;

-- The demo accounts' own listings, so that signing in as them shows proposals at once.
insert into public.listings (
  id, municipality_id, organisation_id, created_by, kind, state, category, title, description, amount,
  estimated_hours, estimated_value, place, latitude, longitude,
  available_from, available_until, needed_by, wants_in_return, can_offer_in_return
) values
  ('c0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2',
   '00000000-0000-4000-8000-0000000000a2', 'offer', 'open', 'materials',
   'Brood en krentenwegge voor uw feest of jubileum',
   'Voor een dorpsfeest, jubileum of vrijwilligersavond bakken wij brood, krentenwegge en koekjes. U haalt het vers op bij de bakkerij.',
   'Voor ca. 100 personen', null, 250, 'Nijverdal', 52.3636, 6.4637,
   current_date, current_date + 180, null, 'Een vermelding in het programmaboekje of op de flyer', null),
  ('c0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2',
   '00000000-0000-4000-8000-0000000000a2', 'offer', 'open', 'expertise',
   'Workshop hygiëne en voedselveiligheid in de kantine',
   'Onze bakker legt vrijwilligers van een kantine of keuken uit hoe je veilig met voedsel werkt (HACCP, koelen, allergenen).',
   '1 avond, max. 15 vrijwilligers', 3, 240, 'Nijverdal', 52.3636, 6.4637,
   current_date, current_date + 365, null, 'Muziek bij de opening van onze nieuwe winkel', null),
  ('c0000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b3',
   '00000000-0000-4000-8000-0000000000a3', 'request', 'open', 'materials',
   'Posters en flyers voor ons jubileumconcert',
   'Concordia bestaat 100 jaar. Voor het jubileumconcert in het dorpshuis zoeken we iemand die posters en flyers wil drukken.',
   '30 posters, 500 flyers', null, 250, 'Haarle', 52.3903, 6.4253,
   null, null, current_date + 75, null, 'Een optreden van ons jeugdorkest bij uw opening of feest'),
  ('c0000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b3',
   '00000000-0000-4000-8000-0000000000a3', 'request', 'open', 'expertise',
   'Hulp bij de jaarrekening voor onze penningmeester',
   'Onze nieuwe penningmeester wil graag een keer meekijken met iemand die verstand heeft van boekhouden en de jaarrekening.',
   '2 avonden', 6, null, 'Haarle', 52.3903, 6.4253,
   null, null, current_date + 120, null, 'Muziek bij uw personeelsfeest')
on conflict do nothing;

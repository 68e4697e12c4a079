-- The live scoreboard of a beursvloer edition, for the projector: an unguessable link per
-- edition (no sign-in), which reads the number of ratified match forms, their social value, the
-- totals per corner and a ticker of the latest matches. The link is the only key: the token is
-- read by the municipality's staff only, and made or renewed by its admins through
-- renew_event_scoreboard. The app polls event_scoreboard once a second per edition, whatever the
-- number of screens (src/lib/server/events/scoreboard).

-- 64 hex characters of two random UUIDs: 244 random bits (pgcrypto is not assumed).
create or replace function private.new_scoreboard_token() returns text
language sql volatile
set search_path = ''
as $$
  select replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
$$;

create table public.event_scoreboards (
  edition_id uuid primary key references public.event_editions (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  token text not null unique default private.new_scoreboard_token() check (char_length(token) >= 32),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.event_scoreboards enable row level security;
-- Written by renew_event_scoreboard only.
revoke insert, update, delete, truncate, references, trigger on public.event_scoreboards from anon, authenticated;
create index event_scoreboards_municipality_idx on public.event_scoreboards (municipality_id);
create index event_scoreboards_created_by_idx on public.event_scoreboards (created_by);

comment on table public.event_scoreboards is
  'The secret link of each event edition''s public scoreboard (the projector at the beursvloer).';

-- The token is the key to the scoreboard: the municipality's staff only (they put it on screen).
create policy "staff read their scoreboard links"
  on public.event_scoreboards for select
  to authenticated
  using (private.is_municipality_staff(municipality_id));

-- The ticker and the totals read ratified forms of one edition, newest decision first.
create index event_matches_ratified_idx on public.event_matches (edition_id, decided_at desc)
  where state = 'ratified';

-- Makes the edition's scoreboard link, or replaces it (the old link stops working at once).
create or replace function public.renew_event_scoreboard(p_edition uuid) returns text
language plpgsql security definer
set search_path = ''
as $$
declare
  muni uuid;
  t text;
begin
  select e.municipality_id into muni from public.event_editions e where e.id = p_edition;
  if muni is null or not private.is_municipality_admin(muni) then
    raise exception 'edition not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  insert into public.event_scoreboards (edition_id, municipality_id, created_by)
  values (p_edition, muni, (select auth.uid()))
  on conflict (edition_id) do update
    set token = private.new_scoreboard_token(), created_by = excluded.created_by, created_at = now()
  returning token into t;
  return t;
end
$$;
revoke execute on function public.renew_event_scoreboard(uuid) from public, anon;
grant execute on function public.renew_event_scoreboard(uuid) to authenticated;
comment on function public.renew_event_scoreboard(uuid) is
  'Makes or renews the secret link of an edition''s public scoreboard.
advisor: authenticated may execute: clients may not write scoreboard links; the function checks that the caller is an admin of the edition''s municipality.';

-- The scoreboard behind a link: null for an unknown (or renewed) token. Ratified deals of that
-- edition only; organisations by name, what was given shortened; no people, no contact details.
-- `version` changes whenever a form is ratified, so a poller can tell a change cheaply.
create or replace function public.event_scoreboard(p_token text) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  with s as (
    select s.edition_id, e.title, e.event_date
      from public.event_scoreboards s
      join public.event_editions e on e.id = s.edition_id
     where s.token = p_token and char_length(p_token) >= 32
  ),
  -- The edition's matches are its ratified deals, counted as the results page counts them: a
  -- deal confirmed by two forms is one match.
  m as (
    select d.event_corner_id as corner_id, coalesce(x.decided_at, d.agreed_at) as decided_at,
           d.giver_organisation_id, d.receiver_organisation_id, d.what_given,
           coalesce(private.deal_social_value(d), 0) as value
      from s
      join public.deals d on d.event_edition_id = s.edition_id and d.agreed_at is not null
      left join lateral (
        select max(f.decided_at) as decided_at
          from public.event_matches f
         where f.deal_id = d.id and f.state = 'ratified'
      ) x on true
  ),
  corners as (
    select c.id, c.name, c.position, count(m.decided_at) as matches, coalesce(sum(m.value), 0) as value
      from s
      join public.event_corners c on c.edition_id = s.edition_id
      left join m on m.corner_id = c.id
     group by c.id, c.name, c.position
  ),
  ticker as (
    select m.decided_at, g.name as giver, r.name as receiver, c.name as corner,
           case when char_length(m.what_given) > 80 then left(m.what_given, 79) || '…' else m.what_given end as what
      from m
      join public.organisations g on g.id = m.giver_organisation_id
      join public.organisations r on r.id = m.receiver_organisation_id
      left join public.event_corners c on c.id = m.corner_id
     order by m.decided_at desc
     limit 10
  )
  select jsonb_build_object(
           'title', s.title,
           'date', s.event_date,
           'matches', (select count(*) from m),
           'value', (select coalesce(sum(m.value), 0) from m),
           'version', (select count(*) || ':' || coalesce(extract(epoch from max(m.decided_at))::text, '0') from m),
           'corners', coalesce((
             select jsonb_agg(jsonb_build_object('name', c.name, 'matches', c.matches, 'value', c.value)
                              order by c.position, c.name)
               from corners c), '[]'::jsonb)
             || coalesce((
             select jsonb_build_array(jsonb_build_object('name', null, 'matches', count(*), 'value', sum(m.value)))
               from m where m.corner_id is null having count(*) > 0), '[]'::jsonb),
           'ticker', coalesce((
             select jsonb_agg(jsonb_build_object('at', t.decided_at, 'giver', t.giver, 'receiver', t.receiver,
                                                 'corner', t.corner, 'what', t.what) order by t.decided_at desc)
               from ticker t), '[]'::jsonb)
         )
    from s
$$;
revoke execute on function public.event_scoreboard(text) from public;
grant execute on function public.event_scoreboard(text) to anon, authenticated;
comment on function public.event_scoreboard(text) is
  'The public scoreboard behind a secret link: ratified matches, social value, per corner, the latest ten.
advisor: anon may execute: the projector has no sign-in; the token (244 random bits) is the key, and the function answers only that edition''s totals and organisation names, no people or contact details.
advisor: authenticated may execute: as anon.';

-- The marketplace: offers (aanbod) and requests (hulpvragen) in one table, their full change
-- history, reports for moderation, and Dutch full-text search with typo tolerance.
-- RLS is on for every table. Depends on 20261128000100_create_tenancy.sql.

-- Supabase installs extensions into the "extensions" schema; so does the local bootstrap.
-- unaccent is deliberately not used: the Dutch snowball stemmer already folds diacritics
-- (café → caf, ideeën → ideeen) and the trigram fallback forgives a missing accent.
create extension if not exists pg_trgm with schema extensions;

create type public.listing_kind as enum ('offer', 'request');
create type public.listing_category as enum ('hands', 'expertise', 'materials', 'facilities', 'other');
create type public.listing_state as enum ('draft', 'open', 'paused', 'matched', 'closed', 'expired');

-- Listings end at the end of a day in the Netherlands, whatever the server's time zone.
create or replace function private.today() returns date
language sql stable
set search_path = ''
as $$
  select (now() at time zone 'Europe/Amsterdam')::date
$$;

-- Listings ---------------------------------------------------------------------------------

create table public.listings (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  created_by uuid references auth.users (id) on delete set null,
  kind public.listing_kind not null,
  state public.listing_state not null default 'draft',
  category public.listing_category not null,
  title text not null check (char_length(btrim(title)) between 3 and 120),
  description text not null default '' check (char_length(description) <= 5000),
  -- The amount in the poster's own words: "2 vrijwilligers, 1 zaterdag".
  amount text not null default '' check (char_length(amount) <= 200),
  estimated_hours numeric(6, 1) check (estimated_hours > 0 and estimated_hours <= 2000),
  estimated_value numeric(9, 2) check (estimated_value >= 0 and estimated_value <= 250000),
  -- A label from the app's places list (src/lib/places); coordinates come from that list.
  place text not null check (char_length(btrim(place)) between 1 and 80),
  latitude double precision not null check (latitude between 50.5 and 53.8),
  longitude double precision not null check (longitude between 3.2 and 7.4),
  available_from date,
  available_until date,
  needed_by date,
  -- Reciprocity: an offer says what it would like in return, a request what it can give back.
  wants_in_return text check (char_length(wants_in_return) <= 1000),
  can_offer_in_return text check (char_length(can_offer_in_return) <= 1000),
  -- One end date for both kinds, so that expiry, sorting and filters treat them alike.
  ends_on date generated always as (case when kind = 'offer' then available_until else needed_by end) stored,
  -- The last day an open listing is on the marketplace ('infinity' without an end date; null
  -- unless open), so "publicly visible" is the single test open_until >= today. Date
  -- comparison is leakproof, so under RLS it can drive an index, which the enum tests on
  -- state and kind cannot. (A generated column cannot read ends_on, hence the repeat.)
  open_until date generated always as (
    case when state = 'open'
         then coalesce(case when kind = 'offer' then available_until else needed_by end, 'infinity'::date)
    end
  ) stored,
  search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, title), 'A')
    || setweight(to_tsvector('dutch'::regconfig, description), 'B')
    || setweight(to_tsvector('dutch'::regconfig,
         amount || ' ' || coalesce(wants_in_return, '') || ' ' || coalesce(can_offer_in_return, '') || ' ' || place), 'C')
  ) stored,
  published_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (kind = 'offer' or (available_from is null and available_until is null and wants_in_return is null)),
  check (kind = 'request' or (needed_by is null and can_offer_in_return is null)),
  check (available_until is null or available_from is null or available_until >= available_from)
);
alter table public.listings enable row level security;

create index listings_browse_idx on public.listings (municipality_id, state, created_at desc);
-- The public marketplace, newest first: read in order and stop after one page.
create index listings_open_idx on public.listings (municipality_id, created_at desc) where open_until is not null;
create index listings_organisation_idx on public.listings (organisation_id, state, created_at desc);
create index listings_search_idx on public.listings using gin (search_vector);
create index listings_title_trgm_idx on public.listings using gin (title extensions.gin_trgm_ops);
-- No PostGIS: a bounding box on these columns narrows the rows, haversine decides.
create index listings_latlon_idx on public.listings (latitude, longitude) where open_until is not null;
create index listings_created_by_idx on public.listings (created_by);

create trigger listings_touch before update on public.listings
  for each row execute function private.touch_updated_at();

-- Which state may follow which. The app mirrors this table in src/lib/schemas/listing.ts.
create or replace function private.listing_transition_allowed(
  p_from public.listing_state, p_to public.listing_state
) returns boolean
language sql immutable
set search_path = ''
as $$
  select p_from = p_to or (p_from, p_to) in (
    ('draft', 'open'), ('draft', 'closed'),
    ('open', 'paused'), ('open', 'matched'), ('open', 'closed'), ('open', 'expired'),
    ('paused', 'open'), ('paused', 'matched'), ('paused', 'closed'), ('paused', 'expired'),
    ('matched', 'open'), ('matched', 'closed'),
    ('closed', 'open'),
    ('expired', 'open'), ('expired', 'closed')
  )
$$;

-- Guards every write, whoever makes it: identity columns stay fixed, the municipality follows
-- the organisation, states move only along allowed transitions, and a listing past its end
-- date can be neither opened nor kept open (it turns "expired" on the next write).
create or replace function private.guard_listing() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  -- Generated columns are computed after BEFORE triggers, so ends_on is derived here.
  ends date := case when new.kind = 'offer' then new.available_until else new.needed_by end;
begin
  if tg_op = 'INSERT' then
    select o.municipality_id into new.municipality_id
      from public.organisations o where o.id = new.organisation_id;
    if new.state not in ('draft', 'open') then
      raise exception 'a new listing starts as draft or open' using errcode = '23514', hint = 'invalid_state';
    end if;
  else
    if new.id <> old.id or new.organisation_id <> old.organisation_id or new.municipality_id <> old.municipality_id
       or new.kind <> old.kind or new.created_by is distinct from old.created_by or new.created_at <> old.created_at then
      raise exception 'organisation, kind and author of a listing cannot change' using errcode = '42501', hint = 'immutable';
    end if;
    if not private.listing_transition_allowed(old.state, new.state) then
      raise exception 'a % listing cannot become %', old.state, new.state using errcode = '23514', hint = 'invalid_transition';
    end if;
  end if;

  if ends is not null and ends < private.today() then
    if new.state = 'open' and (tg_op = 'INSERT' or old.state <> 'open') then
      raise exception 'the end date has passed' using errcode = '23514', hint = 'ends_in_past';
    elsif new.state in ('open', 'paused') then
      new.state := 'expired';
    end if;
  elsif new.state = 'expired' then
    raise exception 'only a listing past its end date can expire' using errcode = '23514', hint = 'invalid_transition';
  end if;

  if new.state = 'open' and new.published_at is null then
    new.published_at := now();
  end if;
  if new.state = 'closed' and (tg_op = 'INSERT' or old.state <> 'closed') then
    new.closed_at := now();
  elsif new.state <> 'closed' then
    new.closed_at := null;
  end if;
  return new;
end
$$;
-- Named so that it runs after listings_touch (triggers fire in name order).
create trigger listings_zguard before insert or update on public.listings
  for each row execute function private.guard_listing();

-- Who may see and change listings --------------------------------------------------------------

-- The caller's organisations and the municipalities they administer, as sets. Policies test
-- `x in (select ...)`: evaluated once per query and hashed, instead of a function call per
-- row (is_member per row made browsing 10,000 listings ten times slower).
create or replace function private.my_organisation_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select m.organisation_id from public.memberships m where m.user_id = (select auth.uid())
$$;

create or replace function private.my_admin_municipality_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select r.municipality_id from public.municipality_roles r
   where r.user_id = (select auth.uid()) and r.role = 'admin'
$$;

-- The open marketplace: anyone, signed in or not, sees open listings that have not run out
-- (open_until is null unless the state is open).
create policy "open listings are public"
  on public.listings for select
  to anon, authenticated
  using (open_until >= (select private.today()));

-- Drafts, paused, matched, closed and expired listings: only the owning organisation's
-- members and the municipality's admins (moderation).
create policy "members and admins see all their listings"
  on public.listings for select
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );

-- Members post on behalf of their own organisation, as themselves.
create policy "members create listings"
  on public.listings for insert
  to authenticated
  with check (created_by = (select auth.uid()) and private.is_member(organisation_id));

-- Members edit, pause, close and reopen; municipality admins may too (moderation). The
-- history trigger records who did it.
create policy "members and admins update listings"
  on public.listings for update
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  )
  with check (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );

-- Only drafts can be deleted: anything once published is closed instead, so that its
-- history and any matches keep pointing at it.
create policy "members delete drafts"
  on public.listings for delete
  to authenticated
  using (state = 'draft' and organisation_id in (select private.my_organisation_ids()));

-- Effective state for readers: an open listing past its end date reads as expired even
-- before expire_listings() has run. PostgREST exposes it as a computed column.
create or replace function public.effective_state(l public.listings) returns public.listing_state
language sql stable
set search_path = ''
as $$
  select case
    when l.state in ('open', 'paused') and l.ends_on < private.today() then 'expired'::public.listing_state
    else l.state
  end
$$;

-- History ------------------------------------------------------------------------------------

-- Every insert, change and delete of a listing, written by a trigger so it cannot be skipped.
-- No foreign key to listings: the history of a deleted draft is kept too.
create table public.listing_events (
  id bigint generated always as identity primary key,
  listing_id uuid not null,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  -- null when the system acted (expiry job, seed, service role).
  actor_id uuid references auth.users (id) on delete set null,
  actor_role text not null,
  action text not null check (action in ('created', 'updated', 'state_changed', 'deleted')),
  old_state public.listing_state,
  new_state public.listing_state,
  changed_fields text[] not null default '{}',
  old_values jsonb not null default '{}'::jsonb,
  new_values jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
alter table public.listing_events enable row level security;
create index listing_events_listing_idx on public.listing_events (listing_id, id);
create index listing_events_organisation_idx on public.listing_events (organisation_id);

-- The history is readable by those who may see every state of the listing. Nobody writes it
-- directly: there are no insert, update or delete policies, and the grants are revoked too.
create policy "members and admins read listing history"
  on public.listing_events for select
  to authenticated
  using (
    organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );
revoke insert, update, delete, truncate on public.listing_events from anon, authenticated;

create or replace function private.record_listing_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  ignored constant text[] := array['updated_at', 'search_vector', 'ends_on', 'open_until', 'published_at', 'closed_at'];
  fields text[] := '{}';
  olds jsonb := '{}'::jsonb;
  news jsonb := '{}'::jsonb;
  act text;
  row_ public.listings := coalesce(new, old);
begin
  if tg_op = 'UPDATE' then
    select coalesce(array_agg(n.key order by n.key), '{}'),
           coalesce(jsonb_object_agg(n.key, o.value), '{}'::jsonb),
           coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb)
      into fields, olds, news
      from jsonb_each(to_jsonb(new)) n
      join jsonb_each(to_jsonb(old)) o on o.key = n.key
     where n.value is distinct from o.value and not n.key = any (ignored);
    if cardinality(fields) = 0 then
      return null;
    end if;
    act := case when new.state <> old.state then 'state_changed' else 'updated' end;
  elsif tg_op = 'INSERT' then
    act := 'created';
  else
    act := 'deleted';
  end if;

  insert into public.listing_events (
    listing_id, organisation_id, municipality_id, actor_id, actor_role, action,
    old_state, new_state, changed_fields, old_values, new_values
  ) values (
    row_.id, row_.organisation_id, row_.municipality_id,
    (select auth.uid()),
    coalesce(nullif(auth.role(), ''), 'system'),
    act,
    case when tg_op <> 'INSERT' then old.state end,
    case when tg_op <> 'DELETE' then new.state end,
    fields, olds, news
  );
  return null;
end
$$;
create trigger listings_history after insert or update or delete on public.listings
  for each row execute function private.record_listing_event();

-- Expiry ---------------------------------------------------------------------------------------

-- Marks open and paused listings past their end date as expired (the history shows the
-- system as actor). pg_cron is not available locally, so the app's job runner calls this
-- periodically with the service role; reads never depend on it (see the select policy and
-- effective_state). On a hosted project it can also be scheduled with pg_cron.
create or replace function public.expire_listings() returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  n integer;
begin
  update public.listings
     set state = 'expired'
   where state in ('open', 'paused') and ends_on < private.today();
  get diagnostics n = row_count;
  return n;
end
$$;
revoke execute on function public.expire_listings() from public, anon, authenticated;
grant execute on function public.expire_listings() to service_role;

-- Reports --------------------------------------------------------------------------------------

create type public.report_status as enum ('open', 'resolved', 'dismissed');

create table public.listing_reports (
  id uuid primary key default gen_random_uuid(),
  listing_id uuid not null references public.listings (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  reporter_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  reason text not null check (char_length(btrim(reason)) between 3 and 1000),
  status public.report_status not null default 'open',
  resolution_note text check (char_length(resolution_note) <= 1000),
  resolved_by uuid references auth.users (id) on delete set null,
  resolved_at timestamptz,
  created_at timestamptz not null default now()
);
alter table public.listing_reports enable row level security;
create unique index listing_reports_one_open on public.listing_reports (listing_id, reporter_id) where status = 'open';
create index listing_reports_moderation_idx on public.listing_reports (municipality_id, status, created_at desc);
create index listing_reports_reporter_idx on public.listing_reports (reporter_id);

create or replace function private.guard_listing_report() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    select l.municipality_id into new.municipality_id from public.listings l where l.id = new.listing_id;
  elsif new.listing_id <> old.listing_id or new.reporter_id <> old.reporter_id or new.reason <> old.reason then
    raise exception 'a report cannot be rewritten' using errcode = '42501', hint = 'immutable';
  end if;
  if new.status <> 'open' and (tg_op = 'INSERT' or old.status = 'open') then
    new.resolved_by := (select auth.uid());
    new.resolved_at := now();
  end if;
  return new;
end
$$;
create trigger listing_reports_guard before insert or update on public.listing_reports
  for each row execute function private.guard_listing_report();

-- Anyone signed in may report a listing they can see, in their own name, as an open report.
create policy "signed-in users report visible listings"
  on public.listing_reports for insert
  to authenticated
  with check (
    reporter_id = (select auth.uid())
    and status = 'open'
    and exists (select 1 from public.listings l where l.id = listing_reports.listing_id)
  );

-- The reporter sees their own reports; municipality admins see all (the moderation list).
-- Nobody else, not even the listing's organisation, learns who reported it.
create policy "reporters and admins read reports"
  on public.listing_reports for select
  to authenticated
  using (reporter_id = (select auth.uid()) or municipality_id in (select private.my_admin_municipality_ids()));

-- Only municipality admins resolve or dismiss reports.
create policy "admins resolve reports"
  on public.listing_reports for update
  to authenticated
  using (private.is_municipality_admin(municipality_id))
  with check (private.is_municipality_admin(municipality_id));

-- Search ---------------------------------------------------------------------------------------

-- The words of all listings, for typo correction: a query word that appears nowhere is
-- replaced by the closest known words (trigram similarity), which then go through the
-- Dutch stemmer like any other word. Private: it holds words from drafts as well, so only
-- the security-definer helper below reads it, and it returns a tsquery, never the words.
create table private.search_words (
  word text primary key check (char_length(word) between 3 and 40)
);
create index search_words_trgm_idx on private.search_words using gin (word extensions.gin_trgm_ops);

create or replace function private.collect_search_words() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into private.search_words (word)
  select distinct w
    from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, new.title || ' ' || new.description))) as w
   where char_length(w) between 3 and 40 and w !~ '^[0-9]'
  on conflict do nothing;
  return null;
end
$$;
create trigger listings_collect_words after insert or update of title, description on public.listings
  for each row execute function private.collect_search_words();

-- Turns what a user typed into a tsquery: every word must match (p_all, AND) or any word
-- (OR, the fallback when nothing has every word), and a word matches
-- through its Dutch stem ("laptops" → laptop), as the start of a compound ("schilderen" →
-- schilder:* → schilderwerk) or through a similar known word ("computr" → computer,
-- "bakkerij" → bakker). Returns null for an empty query.
create or replace function private.listing_search_query(p_query text, p_all boolean default true) returns tsquery
language plpgsql stable security definer
set search_path = ''
as $$
declare
  result tsquery;
  term tsquery;
  w text;
  stem text;
  similar_word text;
begin
  for w in
    select distinct t
      from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, left(coalesce(p_query, ''), 200)))) as t
     limit 8
  loop
    term := to_tsquery('dutch'::regconfig, quote_literal(w) || case when char_length(w) >= 4 then ':*' else '' end);
    if char_length(w) >= 4 then
      stem := coalesce((ts_lexize('pg_catalog.dutch_stem'::regdictionary, w))[1], w);
      for similar_word in
        (select s.word from private.search_words s
          where s.word operator(extensions.%) w and s.word <> w
            and extensions.similarity(s.word, w) >= 0.45
          order by s.word operator(extensions.<->) w
          limit 4)
        union
        -- Compounds that end in (or contain) the word: "ruimte" → vergaderruimte.
        (select s.word from private.search_words s
          where char_length(stem) >= 4
            and s.word like '%_' || stem || '%'
          order by char_length(s.word)
          limit 8)
      loop
        term := term || to_tsquery('dutch'::regconfig, quote_literal(similar_word));
      end loop;
    end if;
    if numnode(term) > 0 then
      result := case when result is null then term when p_all then result && term else result || term end;
    end if;
  end loop;
  return result;
end
$$;

-- Under RLS PostgreSQL may not use an index for an operator that is not leakproof (@@ and
-- pg_trgm's <% are not), which turned every search into a scan of all listings. So the text
-- match runs here, without RLS: one pass over the GIN index that also scores each match. It
-- hands back only ids and scores, best first (score, then newest, then id); search_listings
-- reads those rows through RLS as the caller, so hidden listings are never returned or
-- counted for them, and in this order it reads only as far as the page and the capped count.
-- Every word must match (AND), unless no open listing has them all: then any word will do
-- (OR), and listings that match more words rank higher. The AND pass itself tells whether an
-- open listing is among its matches (a separate EXISTS scanned every listing when none was).
-- Scores: ts_rank (weights D, C, B, A) on the stored tsvector for text matches (ts_rank_cd
-- cost ten times as much per match); only titles found by trigram alone pay for
-- word_similarity.
-- The title trigram fallback runs only when the words found fewer than 20 listings: it is
-- for titles with a typo the word list did not fix, and it is the costliest step. pg_trgm's
-- operators are costed as cheap, so the planner prefers a scan of every title over the
-- trigram index (265 ms against 8 ms on 10,000 listings); enable_seqscan is off here only.
create or replace function private.listing_text_matches(
  p_q text, out ids uuid[], out scores real[]
)
language plpgsql stable security definer
set search_path = ''
set enable_seqscan = off
as $$
declare
  v_tsq tsquery := private.listing_search_query(p_q, true);
  v_any tsquery;
  v_has_open boolean := false;
begin
  ids := '{}';
  scores := '{}';
  if v_tsq is not null then
    select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}'), coalesce(bool_or(m.open), false)
      into ids, scores, v_has_open
      from (select l.id, ts_rank('{0.1, 0.2, 0.4, 1.0}', l.search_vector, v_tsq, 1) as score, l.state = 'open' as open
              from public.listings l
             where l.search_vector @@ v_tsq
             order by 2 desc, l.created_at desc, l.id) m;
    if not v_has_open then
      v_any := private.listing_search_query(p_q, false);
      -- One word: OR is the same query, and it found nothing open either.
      if v_any is distinct from v_tsq then
        select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}')
          into ids, scores
          from (select l.id, ts_rank('{0.1, 0.2, 0.4, 1.0}', l.search_vector, v_any, 1) as score
                  from public.listings l
                 where l.search_vector @@ v_any
                 order by 2 desc, l.created_at desc, l.id) m;
      end if;
    end if;
  end if;
  if cardinality(ids) < 20 then
    select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}')
      into ids, scores
      from (select l.id, coalesce(t.score, (0.5 * extensions.word_similarity(p_q, l.title))::real) as score
              from public.listings l
              left join unnest(ids, scores) as t (id, score) on t.id = l.id
             where l.id = any (ids) or p_q operator(extensions.<%) l.title
             order by 2 desc, l.created_at desc, l.id) m;
  end if;
end
$$;

-- Browse and search in one call. Security invoker: RLS decides which rows a caller may see,
-- so anonymous visitors get open listings only. Returns only what the list page shows, with
-- total_count (the same on every row) for paging. The count stops at 1,000 (total_is_capped
-- then says so): an exact count read every match, which cost more than the page itself,
-- while the newest page alone is read from listings_open_idx in order, stopping after it.
-- A search by relevance walks the matcher's ranked ids: a primary-key lookup per id, through
-- RLS, until the page is full, and again until the count reaches the cap (a count(*) over ()
-- window instead cost more than that second walk, and for distance more than a second scan).
-- PL/pgSQL with custom plans, so that the filters a caller leaves empty fold away and the
-- GIN and btree indexes can be used. Hash and merge joins are off: the planner, guessing how
-- many rows RLS lets through, hashed all 10,000 listings to count 834 matches, at twice the
-- cost of looking each match up by primary key; the other joins here are nested loops anyway.
create or replace function public.search_listings(
  p_query text default null,
  p_municipality uuid default null,
  p_kind public.listing_kind default null,
  p_categories public.listing_category[] default null,
  p_place text default null,
  p_lat double precision default null,
  p_lon double precision default null,
  p_max_km double precision default null,
  p_organisation_kind public.organisation_kind default null,
  p_organisation uuid default null,
  p_states public.listing_state[] default array['open']::public.listing_state[],
  p_active_on date default null,
  p_created_since timestamptz default null,
  p_sort text default 'relevance',
  p_limit integer default 20,
  p_offset integer default 0
) returns table (
  id uuid,
  kind public.listing_kind,
  state public.listing_state,
  category public.listing_category,
  title text,
  excerpt text,
  amount text,
  place text,
  ends_on date,
  created_at timestamptz,
  organisation_id uuid,
  organisation_name text,
  organisation_slug text,
  organisation_kind public.organisation_kind,
  distance_km double precision,
  rank real,
  total_count bigint,
  total_is_capped boolean
)
language plpgsql stable security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
set enable_hashjoin = off
set enable_mergejoin = off
as $$
#variable_conflict use_column
declare
  count_cap constant integer := 1000;
  v_q text := nullif(btrim(left(p_query, 200)), '');
  v_ids uuid[];
  v_scores real[];
  v_today date := private.today();
  v_states public.listing_state[] := coalesce(nullif(p_states, '{}'), array['open']::public.listing_state[]);
  v_open_only boolean := v_states = array['open']::public.listing_state[];
  v_geo boolean := p_lat is not null and p_lon is not null;
  v_radius boolean := p_lat is not null and p_lon is not null and p_max_km is not null;
  -- A degree of latitude is ~111.2 km; a degree of longitude shrinks with cos(latitude).
  v_dlat double precision := p_max_km / 111.2;
  v_dlon double precision := p_max_km / (111.2 * cos(radians(coalesce(p_lat, 52))));
  v_limit integer := least(greatest(coalesce(p_limit, 20), 1), 100);
  v_offset integer := greatest(coalesce(p_offset, 0), 0);
begin
  if v_q is not null then
    select m.ids, m.scores into v_ids, v_scores from private.listing_text_matches(v_q) m;
  end if;

  return query
  with matches as not materialized (
    select
      l.id as lid,
      l.created_at as created,
      l.ends_on as ends,
      case when v_geo then
        2 * 6371.0088 * asin(least(1, sqrt(
          power(sin(radians(l.latitude - p_lat) / 2), 2)
          + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)
        )))
      end as dist,
      coalesce(t.score, 0) as score,
      t.pos
    from public.listings l
    -- The matches, best first. Browsing joins nothing (the condition folds to false), which
    -- keeps the index order and costs no lookup per listing.
    left join unnest(v_ids, v_scores) with ordinality as t (tid, score, pos) on v_q is not null and t.tid = l.id
    -- The marketplace (open only) is one leakproof date test that an index can serve under
    -- RLS. Otherwise, past their end date, open and paused listings count as expired until
    -- the job runs. With custom plans the branch that does not apply folds away.
    where (not v_open_only or l.open_until >= v_today)
      and (v_open_only or (
            l.state = any (v_states || array['open', 'paused']::public.listing_state[])
            and case when l.state in ('open', 'paused') and l.ends_on < v_today
                     then 'expired' = any (v_states)
                     else l.state = any (v_states) end))
      and (p_municipality is null or l.municipality_id = p_municipality)
      and (p_kind is null or l.kind = p_kind)
      and (p_categories is null or cardinality(p_categories) = 0 or l.category = any (p_categories))
      and (p_place is null or l.place = p_place)
      and (p_organisation is null or l.organisation_id = p_organisation)
      and (p_organisation_kind is null or exists (
            select 1 from public.organisations o where o.id = l.organisation_id and o.kind = p_organisation_kind))
      and (p_active_on is null or ((l.ends_on is null or l.ends_on >= p_active_on)
                                   and (l.available_from is null or l.available_from <= p_active_on)))
      and (p_created_since is null or l.created_at >= p_created_since)
      -- A bounding box first (listings_latlon_idx), the exact distance only for what is in it.
      and (not v_radius or (l.latitude between p_lat - v_dlat and p_lat + v_dlat
                            and l.longitude between p_lon - v_dlon and p_lon + v_dlon))
      and (v_q is null or t.tid is not null)
  ),
  counted as (
    select count(*) as n
      from (select 1 from matches m where not v_radius or m.dist <= p_max_km limit count_cap + 1) c
  ),
  page as (
    select m.*
    from matches m
    where not v_radius or m.dist <= p_max_km
    order by
      case when p_sort = 'relevance' and v_q is not null then m.pos end asc nulls last,
      case when p_sort = 'distance' then m.dist end asc nulls last,
      case when p_sort = 'needed_by' then m.ends end asc nulls last,
      m.created desc,
      m.lid
    limit v_limit offset v_offset
  )
  select
    l.id,
    l.kind,
    case when l.state in ('open', 'paused') and l.ends_on < v_today then 'expired'::public.listing_state else l.state end,
    l.category,
    l.title,
    left(regexp_replace(l.description, '\s+', ' ', 'g'), 240),
    l.amount,
    l.place,
    l.ends_on,
    l.created_at,
    l.organisation_id,
    o.name,
    o.slug,
    o.kind,
    p.dist,
    p.score,
    least(c.n, count_cap),
    c.n > count_cap
  from page p
  cross join counted c
  join public.listings l on l.id = p.lid
  join public.organisations o on o.id = l.organisation_id
  order by
    case when p_sort = 'relevance' and v_q is not null then p.pos end asc nulls last,
    case when p_sort = 'distance' then p.dist end asc nulls last,
    case when p_sort = 'needed_by' then p.ends end asc nulls last,
    p.created desc,
    p.lid;
end
$$;

-- As in the tenancy migration: private helpers are callable by the API roles only.
revoke execute on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
grant execute on function public.search_listings(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, public.listing_state[], date, timestamptz, text, integer, integer
) to anon, authenticated, service_role;
